-- The LAG's logo for report headers: the PNG or JPEG file's bytes, so backups carry it.
ALTER TABLE organisation ADD COLUMN logo BLOB;

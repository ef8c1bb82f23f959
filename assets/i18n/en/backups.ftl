# LAG Desk backups: the copies of the database, saving and restoring one, checking the database and
# the screen shown when the database is damaged at start: English.
# Every message here exists in lt/backups.ftl and lv/backups.ftl with the same id and variables.

nav-backups = Backups

## The backups page

backups-title = Backups
backups-intro-title = Automatic copies
backups-intro = LAG Desk copies the database by itself: when the app starts, after every half hour of work, and before every import, upgrade and restore.
backups-kept = It keeps 7 daily and 4 weekly copies, in the backups folder beside the database.
backups-folder = Backups folder
backups-actions-title = Back up, restore and check
backup-now = Back up now
backup-now-busy = Backing up…
backup-save-copy = Save a copy to…
backup-restore-file = Restore from a file…
backup-check = Check the database
backup-checking = Checking…
backup-saving = Writing the copy…
backup-restoring = Restoring…
backup-made = A copy was made ({ $date }); it is at the top of the list.
backup-copy-saved = A copy was saved to { $path }.
backup-replace-title = Replace the file?
backup-replace-text = { $path } already exists. Replace it with this copy?
backup-replace-confirm = Replace
backup-check-sound = The database is sound: every page, index and reference was checked.
backup-check-problems =
    { $count ->
        [one] The check found { $count } problem:
       *[other] The check found { $count } problems:
    }
backup-check-advice = Restore the latest good copy below, or send the database file to someone who can repair it.

## The copies

backups-list-title = Copies
backups-count =
    { $count ->
        [one] { $count } copy
       *[other] { $count } copies
    }
backups-empty = No copies yet. The first one is made the next time the app starts; you can also make one now.
backup-col-made = Made
backup-col-reason = Reason
backup-col-size = Size
backup-reason-start = The app started
backup-reason-activity = After half an hour of work
backup-reason-import = Before an import
backup-reason-manual = Made by hand
backup-reason-migration = Before an upgrade
backup-reason-restore = Before a restore
backup-latest = Latest
backup-restore = Restore
backup-restore-of = Restore the copy of { $date }

## Restoring

backup-restore-title = Restore this copy?
backup-restore-text = Restore the copy of { $date }? The database as it is now is kept as a backup first, so you can undo this.
backup-restore-file-text = Restore the copy { $path }? The database as it is now is kept as a backup first, so you can undo this.
backup-restore-confirm = Restore
backup-restored = Restored the copy of { $date }.
backup-restored-file = Restored the copy { $path }.
backup-undo = Undo
backup-undone = The restore was undone.
backup-copy-damaged = This copy is damaged: choose another one.

## The database is damaged (at start)

damaged-title = Restore a backup copy
damaged-explanation = The database file is damaged. It will not be changed. Restore the latest good copy to go on; the damaged file is kept beside it under a new name.
damaged-none = There are no backup copies of this database. LAG Desk has not changed the damaged file: you can send it to someone who can repair it.
damaged-restore = Restore this copy
damaged-restore-text = Restore the copy of { $date }? The damaged database is not deleted: it is kept beside it under a new name.
damaged-restore-file-text = Restore the copy { $path }? The damaged database is not deleted: it is kept beside it under a new name.
damaged-kept = The damaged file was kept as { $path }.
damaged-continue = Continue

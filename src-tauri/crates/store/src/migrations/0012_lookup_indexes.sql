-- Indexes found missing by the benchmarks (`cargo xtask bench`):
-- a payment file names projects by number alone, in any strategy: without this each row scanned
-- every project;
CREATE INDEX project_by_number ON project (number);
-- a project's paid total (checked on every claim) is summed from the index alone; it replaces
-- the index on project_id, which (project_id, number) already serves;
DROP INDEX claim_by_project;
CREATE INDEX claim_paid_by_project ON payment_claim (project_id, paid_cents);
-- the applicants' list and search count each applicant's projects;
CREATE INDEX project_by_applicant ON project (applicant_id);
-- the money view sums each running line's event costs.
CREATE INDEX event_cost_by_line ON event (cost_measure_id, cost_cents);

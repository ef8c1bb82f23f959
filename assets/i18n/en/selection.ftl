# LAG Desk project selection: English.
# Every message here exists in lt/selection.ftl and lv/selection.ftl with the same id and variables.

## Criteria and threshold

selection-rules-title = Selection criteria
selection-rules-set = Set criteria
selection-rules-edit = Edit criteria
selection-rules-empty = No selection criteria yet. Set them, with the pass threshold, before the evaluators score the applications.
selection-col-position = No.
selection-col-criterion = Criterion
selection-col-max = Max. points
selection-most = Most points possible
selection-threshold-is = Pass threshold: an average of { $points } points.
selection-threshold-none = No pass threshold: no scored application is rejected for too few points.
selection-rules-form-title = Selection criteria of call { $code }
selection-scored-hint = Applications are already scored: a criterion with scores cannot be removed, no criterion can be added, and no maximum can fall below a score given.
selection-criteria-legend = Criteria, in the order of the score sheet
selection-field-threshold = Pass threshold (average points)
selection-threshold-hint = Optional. The average of the evaluators' totals an application needs so as not to be rejected.
criterion-title-of = Title of criterion { $n }
criterion-max-of = Maximum points of criterion { $n }
criterion-up-of = Move criterion { $n } up
criterion-down-of = Move criterion { $n } down
criterion-remove-of = Remove criterion { $n }
criterion-add = Add criterion
selection-max-sum = Most points possible: { $points }

## Score sheets

score-title = Score sheets
score-needs-criteria = Set the selection criteria before entering scores.
score-none-scorable = No application can be scored yet: only applications found admissible are scored.
score-field-project = Application
score-add = Add score sheet
score-no-sheets = No score sheet for this application yet.
score-col-evaluator = Evaluator
score-col-total = Total
score-sheet-edit-of = Correct the score sheet of { $name }
score-sheet-delete-of = Delete the score sheet of { $name }
score-delete-title = Delete the score sheet?
score-delete-text = The score sheet of { $name } for { $code } will be deleted, and the ranking counted again.
score-form-title = Score sheet: { $code } { $title }
score-field-evaluator = Evaluator
score-evaluator-hint = Names already used in this call are suggested. If this evaluator has scored the application before, the new sheet replaces the earlier one.
score-evaluator-fixed = To score under another name, add a new sheet.
score-points-legend = Points per criterion
score-max = At most { $points }
score-total = Total: { $points } of { $max }

## Ranking

ranking-title = Ranking
ranking-rule-average = An application's score is the average of its evaluators' totals.
ranking-rule-threshold = An application is rejected when that average does not reach the pass threshold ({ $points }).
ranking-rule-no-threshold = No pass threshold is set: no scored application is rejected for too few points.
ranking-rule-ties = Equal scores: the smaller requested aid ranks first, then the earlier submission, then the lower registration number.
ranking-rule-money = Down the ranking, an application is selected while the measure's money in the call covers its requested aid.
ranking-rule-reserve = From the first application the money does not cover, every application that reaches the threshold goes to the reserve list in ranking order: none is skipped.
ranking-caption = Ranking of measure { $code }
ranking-col-rank = Rank
ranking-col-applicant = Applicant
ranking-col-evaluators = Evaluators
ranking-col-score = Score
ranking-col-cumulative = Cumulative
ranking-col-proposal = Proposal
proposal-below-threshold = Below threshold
ranking-funding-line = Funding line: the measure's money covers the applications above
ranking-threshold-line = Pass threshold: the applications below do not reach it
ranking-empty = No application of this measure is scored yet.
ranking-available = Available in the call
ranking-selected = Selected
ranking-reserve = Reserve list
ranking-remaining = Remaining

## Not ranked yet

unscored-title =
    Waiting to be ranked: { $count ->
        [one] { $count } application
       *[other] { $count } applications
    }
unscored-hint = While admissible applications have no score sheet, the selection decision cannot be taken.
unscored-col-reason = Why
unscored-reason-submitted = Admissibility not checked
unscored-reason-waiting = No score sheet yet

## A meeting's decision on the selection

selection-preview-title = If the decision passes:
selection-preview-none = No scored application waits for a decision.
selection-preview-waiting =
    { $count ->
        [one] { $projects } has no score sheet yet
       *[other] { $projects } have no score sheet yet
    }: the decision cannot be recorded until every admissible application is scored.

## Problems with a criterion, a score or a selection (problem-<code>)

problem-not-points = Not a number of points: write e.g. 7,5 or 12.
problem-points-too-many-decimals = Points have at most two decimals.
problem-points-too-large = Too many points.
problem-threshold-above-maximum = More than the criteria can give ({ $most }).
problem-criterion-scored = “{ $criterion }” already has scores: delete the score sheets before removing it.
problem-call-scored = The applications are already scored: no criterion can be added.
problem-below-given-score = An evaluator already gave { $given } on this criterion: the maximum cannot be lower.
problem-unknown-criterion = This criterion is not one of the call's.
problem-criterion-twice = This criterion is scored twice.
problem-score-above-maximum = “{ $criterion }” gives at most { $max }.
problem-criterion-missing = “{ $criterion }” has no score.
problem-no-criteria = The call has no selection criteria yet.
problem-not-scorable = { $project } is “{ $status }”: only admissible, evaluated and reserve-list applications are scored.
problem-no-call = The application was not submitted to a call.
problem-applications-unscored = Every admissible application of call { $call } must be scored before the selection decision. No score sheet yet: { $projects }.
problem-nothing-to-select = Call { $call } has no scored application waiting for a selection decision.
problem-moved-on = { $project } has moved on to “{ $status }” since this decision: the selection cannot be taken back.

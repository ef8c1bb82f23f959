# LAG Desk meetings, agendas and decisions: English.
# Every message here exists in lt/meetings.ftl and lv/meetings.ftl with the same id and variables.

nav-meetings = Meetings

## The list

meetings-title = Meetings
meeting-new = New meeting
meetings-empty-title = No meetings yet
meetings-empty-text = Record the meetings of the board, the general assembly and the selection committee: who was present, the agenda and each decision with its votes.
meetings-empty-no-members = Add the LAG's members first (Members page): attendance and votes are recorded by member.
meetings-filter-year = Year
meetings-shown =
    Showing { $count } of { $n ->
        [one] { $n } meeting
       *[other] { $n } meetings
    }
meetings-none-match = No meeting matches the filters.
meeting-col-date = Date
meeting-col-kind = Meeting of
meeting-col-place = Place
meeting-col-present = Present
meeting-col-items = Items
meeting-col-decisions = Decisions
meeting-online-tag = online

meeting-kind-board = Board
meeting-kind-general-assembly = General assembly
meeting-kind-selection-committee = Selection committee
meeting-title-board = Board meeting No. { $code }
meeting-title-general-assembly = General assembly No. { $code }
meeting-title-selection-committee = Selection committee meeting No. { $code }

## The meeting form

meeting-form-new = New meeting
meeting-form-edit = Edit meeting
meeting-field-kind = Meeting of
meeting-field-number = Number
meeting-field-held-on = Date
meeting-field-place = Place
meeting-field-online = Held online
meeting-attendance = Attendance
meeting-no-members = No members yet: add them on the Members page.
attendance-board = Board on { $date }
attendance-others = Other members
attendance-members = Members on { $date }
meeting-quorum-hint = Present: { $count } of { $n } (quorum needs { $needed })

## One meeting

meeting-back = Meetings
meeting-edit = Edit meeting
meeting-delete = Delete meeting
meeting-delete-title = Delete the meeting?
meeting-delete-text = Meeting No. { $code } of { $date } will be deleted with its attendance and agenda. This cannot be undone.
meeting-delete-confirm = Delete the meeting
meeting-present-count =
    { $count ->
        [one] { $count } member present
       *[other] { $count } members present
    }
meeting-nobody-present = Nobody is recorded as present: edit the meeting to record the attendance.
meeting-not-on-board = not on the board that day

agenda-title = Agenda
agenda-add = Add item
agenda-empty = No agenda items yet.
agenda-form-title = New agenda item
agenda-field-title = Item
agenda-field-project = Project decided on
agenda-project-hint = Optional. Members linked to the project's applicant must declare a conflict of interest.
agenda-field-call = Selection of a call
agenda-call-hint = Optional, instead of a project. A passed decision moves the call's scored applications to selected, reserve list or rejected as its ranking proposes; members linked to any applicant of the call must declare a conflict of interest.
agenda-call-item = Selection of call { $code }
agenda-delete-item-title = Delete the agenda item?
agenda-delete-item-text = The item “{ $title }” will be deleted.
agenda-delete-decision-title = Delete the decision?
agenda-delete-decision-text = The decision on “{ $title }” will be deleted with its votes and conflicts of interest.

## Decisions

decision-record = Record decision
decision-edit = Change decision
decision-delete = Delete decision
decision-passed = Passed: { $votesFor } for, { $votesAgainst } against, { $abstained } abstained
decision-not-passed = Not passed: { $votesFor } for, { $votesAgainst } against, { $abstained } abstained
decision-quorum = Quorum: { $count } of { $n } present, { $needed } needed
decision-voters = Voters:
decision-sector-part = { $name } { $count } ({ $share })
decision-recusals = Conflict of interest declared:
decision-breach-quorum = Decided without quorum: { $count } of { $n } could vote, { $needed } were needed.
decision-breach-public = The public sector held { $share } of the votes, more than the 49 % allowed.
decision-override-recorded = Recorded reason:
decision-moved = Statuses set by the decision:

decision-form-title = Decision on “{ $title }”
decision-field-text = Decision
decision-nobody-present = Nobody is recorded as present at this meeting: edit the meeting's attendance first.
decision-col-member = Member present
decision-col-vote = Vote
decision-col-conflict = Conflict of interest
decision-vote-for = For
decision-vote-against = Against
decision-vote-abstain = Abstain
decision-vote-none = Did not vote
decision-vote-of = Vote of { $name }
decision-recuse-of = { $name } declares a conflict of interest
decision-reason-of = Why { $name } does not vote
decision-reason-placeholder = Reason
decision-linked = linked to { $applicant }
decision-linked-reason = Linked to the applicant { $applicant }
decision-live-votes = { $votesFor } for, { $votesAgainst } against, { $abstained } abstained
decision-live-quorum = Can vote: { $count } of { $n }, quorum needs { $needed }
decision-live-public = Public sector: { $share } of those voting (at most 49 %)
decision-live-note = Counted here as a guide; the rules are checked when you save.
decision-override-label = Why the decision stands anyway
decision-override-hint = For example, a repeated meeting the statutes allow without quorum. The reason is kept with the decision and shown with it.

## Problems with a meeting or a decision (problem-<code>)

problem-unknown-member = This member is not in the register.
problem-not-a-member-then = { $member } was not a member of the LAG on the meeting's date.
problem-no-votes = Record at least one vote.
problem-voted-twice = { $member } has voted twice.
problem-voter-not-present = { $member } is not a present member of the body that decides, and cannot vote.
problem-recused-voted = { $member } declared a conflict of interest and must not vote.
problem-linked-voted = { $member } is linked to the applicant and must not vote on this project.
problem-linked-not-recused = { $member } is linked to the applicant { $applicant } and must declare a conflict of interest.
problem-no-quorum =
    No quorum: only { $eligible } of { $body ->
        [one] { $body } member
       *[other] { $body } members
    } could vote, and { $needed } are needed.
problem-public-over-limit = The public sector holds { $share } of the votes, more than the 49 % allowed.
problem-project-and-call = An item decides on one project or on a call's selection, not both.
problem-unknown-call = Choose a call of this strategy.

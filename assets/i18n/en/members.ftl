# LAG Desk members and board: English.
# Every message here exists in lt/members.ftl and lv/members.ftl with the same id and variables.

nav-members = Members

members-title = Members and board
members-intro = The LAG's partners by sector, and who sits on the board when.
members-empty-title = No members yet
members-empty-text = Add the LAG's members with their sector and board terms: the board's balance follows from them.
members-search = Search
members-search-placeholder = Name or contact
members-none-match = No member matches the search.
members-summary =
    { $count ->
        [one] { $count } member
       *[other] { $count } members
    }: { $public } public, { $business } business, { $civil } civil society
member-count =
    { $count ->
        [one] { $count } member
       *[other] { $count } members
    }
member-new = New member

member-kind-organisation = Organisation
member-kind-person = Person
member-sector-public = Public sector
member-sector-business = Business sector
member-sector-civil = Civil society
member-on-board-yes = Yes
member-on-board-no = No

member-col-name = Member
member-col-kind = Type
member-col-sector = Sector
member-col-joined = Member since
member-col-left = Left
member-col-on-board = On the board today
member-col-applicants = Linked applicants

member-delete-title = Delete the member?
member-delete-text = The member “{ $name }” will be deleted with its board terms. This cannot be undone.
member-delete-confirm = Delete the member

## The board today

board-title = The board today
board-on = As of { $date }
board-count =
    { $count ->
        [one] { $count } member
       *[other] { $count } members
    } on the board
board-empty = Nobody sits on the board today: add board terms to the members.
board-public-warning = The public sector holds { $share } of the board's votes; at most 49% is allowed.

## The member form

member-form-new = New member
member-form-edit = Edit member
field-member-name = Name
field-member-kind = Type
field-member-sector = Sector
field-member-contact = Contact
member-contact-hint = Contact person, e-mail or phone.
field-member-joined-on = Member since
field-member-left-on = Left on
member-terms-title = Board terms
member-terms-start = From
member-terms-end = To
member-term-start-of = Start of board term { $n }
member-term-end-of = End of board term { $n }
member-term-remove-of = Remove board term { $n }
member-term-add = Add board term
member-terms-hint = Leave the end empty while the term lasts.
member-terms-none = No board terms.
member-applicants-title = Linked applicants
member-applicants-hint = Applicants the member represents or is linked to: on their projects the member must not vote.
member-applicants-none = No linked applicants.
member-applicant-search = Link an applicant
member-applicant-remove-of = Remove the link to { $name }

problem-ends-before-start = Must not be before { $start }.
problem-terms-overlap = Overlaps another board term of this member.

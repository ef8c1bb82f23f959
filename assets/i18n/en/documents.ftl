# LAG Desk documents attached to meetings, events, projects, calls and cooperation projects: English.
# Every message here exists in lt/documents.ftl and lv/documents.ftl with the same id and variables.

documents-title = Documents
documents-count =
    { $count ->
        [one] { $count } document
       *[other] { $count } documents
    }
documents-attach = Attach file…
documents-attaching = Attaching…
documents-empty = No documents yet. Attach minutes, attendance sheets, photos or contracts.
documents-copy-hint = LAG Desk keeps a copy of each attached file in its data folder; the original stays where it is.
document-col-name = File
document-col-size = Size
document-col-added = Added
document-open = Open
document-open-of = Open { $name }
document-remove-of = Remove { $name }
document-remove-title = Remove the document?
document-remove-text = “{ $name }” will be removed and its copy in LAG Desk's data folder deleted. The original file stays where it was.
document-remove-confirm = Remove the document

problem-unreadable = The file could not be read. It may have been moved, or LAG Desk may not be allowed to read it.
problem-not-a-file = This is not a file: choose a file, not a folder.
error-io = LAG Desk could not use the file: it may be missing, or no program on this computer can open it.
error-still-referenced-documents =
    { $count ->
        [one] { $count } document is attached: remove it first.
       *[other] { $count } documents are attached: remove them first.
    }

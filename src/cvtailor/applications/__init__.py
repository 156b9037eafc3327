"""Many applications, one person: what the library does across sessions.

- `records`: each session as a job application (title, company, status, coverage), listed and
  marked; kept in step with the run.
- `batch`: one CV against many job descriptions, each its own resumable application.
- `versions`: a session's versions compared, pinned and refined with a checked edit.
- `profile`: the person's profile (answers remembered across applications) as commands.
- `retention`: deleting sessions older than an age (`prune`).

Nothing here is a graph node: these modules drive `session.Session` and `storage/`.
"""

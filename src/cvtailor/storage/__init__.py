"""Where sessions are kept: the checkpointer, the session table, and the profile store
(LangGraph's cross-thread `BaseStore`, `storage.profile`)."""

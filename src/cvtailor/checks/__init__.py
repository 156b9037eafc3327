"""Engine-independent checks: the fabrication guard for drafts, and coverage scores."""

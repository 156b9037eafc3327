"""What CV text looks like (cvtext), the skills vocabulary, and word-form matching."""

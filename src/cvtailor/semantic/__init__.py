"""Offline sentence embeddings and the per-session Chroma index research queries."""

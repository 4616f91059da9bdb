//! What the stance model reads of a quote and its context.

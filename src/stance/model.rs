//! The learned stance decision.

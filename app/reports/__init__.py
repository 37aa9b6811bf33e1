"""Reports built from the store: period totals, the progress board, leaderboards, posters, exports."""

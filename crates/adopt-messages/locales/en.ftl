# dfs-adopt, English. Each message says what was wrong and what to do.

## This crate's own tests.
test-inner = the inner reason
test-outer = it failed ({ $count } times): { $reason }

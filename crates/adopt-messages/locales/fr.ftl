# dfs-adopt, français. Chaque message dit ce qui n’allait pas et ce qu’il faut faire.

## Les tests de ce module.
test-inner = la raison intérieure
test-outer = échec ({ $count } fois) : { $reason }

"""What the features share: the row model and proxy, the list-tab skeleton, file actions, tasks,
the edit dialog, print preview, pickers and hints. Nothing here imports a feature."""

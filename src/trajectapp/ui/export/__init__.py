"""The export step: the one way case data leaves the vault, as a handover PDF or a transfer package, each time
written to the disclosure register."""

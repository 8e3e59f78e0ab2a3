"""The Factors tab of a case file: push and pull factors towards and away from extremism, and the editable
list of factor categories."""

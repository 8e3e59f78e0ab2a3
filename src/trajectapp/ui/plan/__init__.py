"""The Plan tab of a case file: reintegration goals with their steps and progress, dated versions of the plan
with each party's answer, and the plan document the person reads and signs."""

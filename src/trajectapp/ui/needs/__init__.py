"""The Needs tab of a case file: dated assessments by life domain, their star chart and history, risk
assessments made elsewhere, and the catalogue of life domains."""

"""The Strengths tab of a case file: strengths and old passions, the Good Lives lens, and the person's
perspective in their own words."""

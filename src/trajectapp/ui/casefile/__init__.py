"""The open case file: the person, the traject (timeline, participation, consent) and its history."""

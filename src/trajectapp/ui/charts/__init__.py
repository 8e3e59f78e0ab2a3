"""Charts drawn with QPainter from the same definitions that the documents draw on paper."""

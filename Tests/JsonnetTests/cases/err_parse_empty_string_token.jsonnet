err ""

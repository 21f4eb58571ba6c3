local s = "héllo 😀"; s + suffix

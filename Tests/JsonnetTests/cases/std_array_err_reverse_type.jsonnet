std.reverse("abc")

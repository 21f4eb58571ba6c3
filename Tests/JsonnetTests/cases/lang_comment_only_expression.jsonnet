// The whole file is one number surrounded by comments.
/* before */
42
/* after */
# end

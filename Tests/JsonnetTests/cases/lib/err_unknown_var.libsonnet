local helper(x) = x * factor;
{ scaled: helper(2) }

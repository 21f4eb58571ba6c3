package main

import (
	"bufio"
	"encoding/json"
	"fmt"
	"os"
	"regexp"
	"unicode/utf8"
)

// Input: JSON lines [pattern, input] or [pattern] (compile only). Output: JSON lines.
func main() {
	sc := bufio.NewScanner(os.Stdin)
	sc.Buffer(make([]byte, 1<<20), 1<<24)
	out := json.NewEncoder(os.Stdout)
	for sc.Scan() {
		var c []string
		if err := json.Unmarshal(sc.Bytes(), &c); err != nil {
			fmt.Fprintln(os.Stderr, err)
			os.Exit(1)
		}
		re, err := regexp.Compile(c[0])
		res := map[string]interface{}{"p": c[0]}
		if err != nil {
			res["err"] = err.Error()
			out.Encode(res)
			continue
		}
		res["names"] = re.SubexpNames()
		if len(c) > 1 {
			s := c[1]
			res["s"] = s
			loc := re.FindStringSubmatchIndex(s)
			if loc == nil {
				res["m"] = nil
			} else {
				var groups []interface{}
				for i := 0; i < len(loc); i += 2 {
					if loc[i] < 0 {
						groups = append(groups, nil)
					} else {
						groups = append(groups, []interface{}{s[loc[i]:loc[i+1]], utf8.RuneCountInString(s[:loc[i]])})
					}
				}
				res["m"] = groups
			}
			if len(c) > 2 {
				res["x"] = string(re.ExpandString(nil, c[2], s, loc))
			}
		}
		out.Encode(res)
	}
}

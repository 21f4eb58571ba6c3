{
	tab_indent: |||
		tabbed
		lines
			extra tab
	|||,
	mixed: |||
	  tab then spaces
	  second
	|||,
}

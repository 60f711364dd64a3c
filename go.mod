module lexdiff

go 1.26.8

# The key drivers of the FEVS study recomputed in R from responses.csv: each module value the mean
# of the 0-10 scores ((code - 1) * 2.5) of a respondent's valid answers, my_leaving 10 for "no" and
# 0 for "yes", then lm() over every subset of drivers and the LMG (Shapley) weights over subsets.
# Usage: Rscript rDrivers.R responses.csv outcome1,outcome2 module=53,54,56 ...
# Prints: outcome <tab> item <tab> value, with item "r2" and "n" for the model.
args <- commandArgs(TRUE)
d <- read.csv(args[1], colClasses = "character")
outcomes <- strsplit(args[2], ",")[[1]]
score <- function(column) (suppressWarnings(as.numeric(d[[column]])) - 1) * 2.5
v <- data.frame(row.names = seq_len(nrow(d)))
for (spec in strsplit(args[-(1:2)], "=")) {
  items <- paste0("Q", strsplit(spec[2], ",")[[1]])
  m <- rowMeans(sapply(items, score), na.rm = TRUE)
  v[[spec[1]]] <- ifelse(is.nan(m), NA, m)
}
v$my_leaving <- ifelse(d$my_leaving == "yes", 0, ifelse(d$my_leaving == "no", 10, NA))
drivers <- setdiff(names(v), c(outcomes, "my_leaving"))
for (y in outcomes) {
  dd <- na.omit(v[c(drivers, y)])
  r2 <- function(s) if (length(s) == 0) 0 else summary(lm(reformulate(s, y), data = dd))$r.squared
  p <- length(drivers)
  cat(y, "r2", format(r2(drivers), digits = 17), sep = "\t"); cat("\n")
  cat(y, "n", nrow(dd), sep = "\t"); cat("\n")
  for (j in drivers) {
    others <- setdiff(drivers, j)
    importance <- 0
    for (k in 0:(p - 1)) {
      subsets <- if (k == 0) list(character(0)) else combn(others, k, simplify = FALSE)
      for (s in subsets) importance <- importance + factorial(k) * factorial(p - k - 1) / factorial(p) * (r2(c(s, j)) - r2(s))
    }
    cat(y, j, format(importance, digits = 17), sep = "\t"); cat("\n")
  }
}

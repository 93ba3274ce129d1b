# Cochran's Q, its p-value, the DerSimonian-Laird tau^2 and I^2 by metafor's rma(), for each set of
# (score, standard error) pairs in a tab-separated file with the columns set, score, se.
# Usage: Rscript rHeterogeneity.R points.tsv
# Prints: set <tab> statistic <tab> value, with the statistics q, p, tau2 and i2 (0-1).
suppressPackageStartupMessages(library(metafor))
d <- read.delim(commandArgs(TRUE)[1], colClasses = c("character", "numeric", "numeric"))
for (set in unique(d$set)) {
  s <- d[d$set == set, ]
  fit <- rma(yi = s$score, sei = s$se, method = "DL")
  for (stat in list(c("q", fit$QE), c("p", fit$QEp), c("tau2", fit$tau2), c("i2", fit$I2 / 100))) {
    cat(set, stat[1], format(as.numeric(stat[2]), digits = 17), sep = "\t")
    cat("\n")
  }
}

# Recomputes the organisation's trend points and linear trends of a bundle with earlier waves, with
# R's survey package and glm, from the waves' own responses.csv. Run by rTrends.test.ts:
#   Rscript rTrends.R <reversed ids, comma-separated> <wave> <wave> ...
# where each wave is label|folder|period start|renames, renames being current=old pairs joined by
# ";" (or empty). Every likert answer 1..5 scores 0, 2.5, 5, 7.5, 10 (10 minus that when reversed),
# 9 and blanks are missing. Prints tab-separated lines: wave, item, statistic, value — each question's
# estimate and SE per wave (svymean with fpc = the organisation's invited headcount), and per
# question the slope per year of glm(score ~ year, weights = 1/se^2) with the estimates' variances
# taken as known (dispersion = 1): slope, its SE and the z test's p.
suppressMessages(library(survey))
options(digits = 17)
args <- commandArgs(trailingOnly = TRUE)
reversed <- strsplit(args[1], ",", fixed = TRUE)[[1]]
out <- function(wave, item, stat, value) cat(sprintf("%s\t%s\t%s\t%.17g\n", wave, item, stat, value))
points <- list()
for (spec in args[-1]) {
  parts <- strsplit(spec, "|", fixed = TRUE)[[1]]
  label <- parts[1]; folder <- parts[2]
  year <- as.numeric(as.Date(parts[3])) / 365.25
  renames <- if (length(parts) > 3 && nzchar(parts[4])) strsplit(strsplit(parts[4], ";", fixed = TRUE)[[1]], "=", fixed = TRUE) else list()
  rows <- read.csv(file.path(folder, "responses.csv"), colClasses = "character", check.names = FALSE)
  population <- read.csv(file.path(folder, "population.csv"), colClasses = "character")
  invited <- as.numeric(population$invited[population$domein == "" & population$team == ""])
  rows$N <- invited
  d <- svydesign(ids = ~1, fpc = ~N, data = rows)
  columns <- setdiff(names(rows), c("id", "domein", "team", "leeftijd", "N"))
  for (column in columns) {
    current <- column
    for (r in renames) if (r[2] == column) current <- r[1]
    code <- suppressWarnings(as.numeric(rows[[column]]))
    if (!all(is.na(code) | code %in% c(1, 2, 3, 4, 5, 9))) next
    score <- ifelse(code %in% 1:5, (code - 1) * 2.5, NA)
    if (current %in% reversed) score <- 10 - score
    if (all(is.na(score))) next
    d <- update(d, s = score)
    est <- svymean(~s, subset(d, !is.na(s)))
    out(label, current, "estimate", coef(est)[[1]])
    out(label, current, "se", SE(est)[[1]])
    points[[current]] <- rbind(points[[current]], data.frame(year = year, y = coef(est)[[1]], se = SE(est)[[1]]))
  }
}
for (item in names(points)) {
  p <- points[[item]]
  if (nrow(p) < 3) next
  p$x <- p$year - p$year[1]
  fit <- summary(glm(y ~ x, data = p, weights = 1 / se^2), dispersion = 1)$coefficients
  out("linear", item, "slope", fit["x", "Estimate"])
  out("linear", item, "se", fit["x", "Std. Error"])
  out("linear", item, "p", fit["x", "Pr(>|z|)"])
}

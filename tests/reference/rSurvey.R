# Recomputes Peiling's estimates with R's survey package (Lumley), the reference a researcher
# would check them against. Run by rSurvey.test.ts: Rscript rSurvey.R <folder>, where the folder
# holds, written by the test:
#   data.csv         one row per respondent: w (weight), m<k> (1 when in set k), for each scored
#                    question q: s_<q> (its score as Peiling uses it: 0–10 or 0/1 positive; NA when
#                    not validly answered), and e (the eNPS score, 100/0/−100) when there is one
#   sets.csv         set (k), invited (N, or NA), enclosing (the set whose design this set is a
#                    domain of when its headcount is unknown; NA for the organisation)
#   modules.csv      module, core (question ids joined by ";")
#   comparisons.csv  group, whole (set numbers), kind (question, module, enps), item
# and the scoring (mean or percent-positive) as second argument; it prints tab-separated lines: set, kind, item, statistic, value — for every item of every set
# the estimate, SE and valid answers m (mean, share or eNPS by svymean; module by svycontrast of
# svytotals), Cronbach's alpha of each module for the organisation, and per comparison the design-based test of the group against the rest of the whole
# (svyttest; for a module the svycontrast of the two domains' ratio means) with its p and df.
suppressMessages(library(survey))
options(survey.lonely.psu = "fail", digits = 17)
args <- commandArgs(trailingOnly = TRUE)
folder <- args[1]
shares <- identical(args[2], "percent-positive")
data <- read.csv(file.path(folder, "data.csv"), check.names = FALSE)
sets <- read.csv(file.path(folder, "sets.csv"))
modules <- read.csv(file.path(folder, "modules.csv"), colClasses = "character")
comparisons <- read.csv(file.path(folder, "comparisons.csv"), colClasses = c("integer", "integer", "character", "character"))
out <- function(set, kind, item, stat, value) cat(sprintf("%s\t%s\t%s\t%s\t%.17g\n", set, kind, item, stat, value))

# For every module and core question j: y_j (the value where answered, else 0) and v_j (answered).
cores <- setNames(strsplit(modules$core, ";", fixed = TRUE), modules$module)
for (q in unique(unlist(cores))) {
  s <- data[[paste0("s_", q)]]
  data[[paste0("y_", q)]] <- ifelse(is.na(s), 0, s)
  data[[paste0("v_", q)]] <- as.numeric(!is.na(s))
}

# The design of each set: its own sample when its headcount is known, else a domain (subset) of
# the enclosing set's design; the organisation (set 0) without fpc when its headcount is unknown.
designs <- list()
for (i in seq_len(nrow(sets))) {
  k <- sets$set[i]
  member <- data[[paste0("m", k)]] == 1
  if (!is.na(sets$invited[i])) {
    rows <- data[member, , drop = FALSE]
    rows$N <- sets$invited[i]
    designs[[as.character(k)]] <- svydesign(ids = ~1, weights = ~w, fpc = ~N, data = rows)
  } else if (is.na(sets$enclosing[i])) {
    designs[[as.character(k)]] <- svydesign(ids = ~1, weights = ~w, data = data)
  } else {
    enclosing <- designs[[as.character(sets$enclosing[i])]]
    designs[[as.character(k)]] <- subset(enclosing, enclosing$variables[[paste0("m", k)]] == 1)
  }
}

# The 95 % interval Peiling gives: t on df for means, modules and eNPS (kept within −100..100);
# Wilson's score interval on the design-based effective n = p(1 − p)/SE² for shares.
interval <- function(set, kind, item, est, se, df) {
  if (!(se > 0)) return()
  if (shares && kind == "question") {
    n <- est * (1 - est) / se^2
    z <- qnorm(0.975)
    centre <- (est + z^2 / (2 * n)) / (1 + z^2 / n)
    half <- z / (1 + z^2 / n) * sqrt(est * (1 - est) / n + z^2 / (4 * n^2))
    bounds <- c(max(0, centre - half), min(1, centre + half))
  } else {
    bounds <- est + c(-1, 1) * qt(0.975, df) * se
    if (kind == "enps") bounds <- pmin(100, pmax(-100, bounds))
  }
  out(set, kind, item, "low", bounds[1])
  out(set, kind, item, "high", bounds[2])
}

questions <- sub("^s_", "", grep("^s_", names(data), value = TRUE))
ratioMean <- function(ids, suffix = "") paste0("(", paste0("y_", ids, suffix, "/v_", ids, suffix, collapse = " + "), ")/", length(ids))
for (i in seq_len(nrow(sets))) {
  k <- sets$set[i]
  d <- designs[[as.character(k)]]
  inSet <- weights(d, "sampling") != 0
  for (q in c(questions, if ("e" %in% names(d$variables)) "e")) {
    x <- if (q == "e") "e" else paste0("s_", q)
    valid <- !is.na(d$variables[[x]]) & inSet
    if (sum(valid) < 2) next
    est <- svymean(as.formula(paste0("~", x)), subset(d, !is.na(d$variables[[x]])))
    kind <- if (q == "e") "enps" else "question"
    out(k, kind, if (q == "e") "enps" else q, "estimate", coef(est)[[1]])
    out(k, kind, if (q == "e") "enps" else q, "se", SE(est)[[1]])
    out(k, kind, if (q == "e") "enps" else q, "m", sum(valid))
    interval(k, kind, if (q == "e") "enps" else q, coef(est)[[1]], SE(est)[[1]], sum(valid) - 1)
  }
  for (module in names(cores)) {
    ids <- cores[[module]]
    answered <- sum(inSet & rowSums(as.matrix(d$variables[paste0("v_", ids)])) > 0)
    if (answered < 2 || any(colSums(as.matrix(d$variables[inSet, paste0("v_", ids), drop = FALSE])) == 0)) next
    totals <- svytotal(as.formula(paste0("~", paste0(c(paste0("y_", ids), paste0("v_", ids)), collapse = " + "))), d)
    est <- svycontrast(totals, parse(text = ratioMean(ids))[[1]])
    out(k, "module", module, "estimate", coef(est)[[1]])
    out(k, "module", module, "se", SE(est)[[1]])
    out(k, "module", module, "m", answered)
    interval(k, "module", module, coef(est)[[1]], SE(est)[[1]], answered - 1)
  }
}

# Cronbach's alpha of each module for the organisation: the weighted covariances (divisor Σw) of
# its core questions over the respondents who answered them all.
for (module in names(cores)) {
  x <- as.matrix(data[paste0("s_", cores[[module]])])
  complete <- rowSums(is.na(x)) == 0
  if (ncol(x) < 2 || sum(complete) < 2) next
  covariance <- cov.wt(x[complete, , drop = FALSE], wt = data$w[complete], method = "ML")$cov
  k <- ncol(x)
  out(0, "module", module, "alpha", k / (k - 1) * (1 - sum(diag(covariance)) / sum(covariance)))
}

# A group against the rest of the whole it is part of, on the whole's design.
for (i in seq_len(nrow(comparisons))) {
  c <- comparisons[i, ]
  d <- designs[[as.character(c$whole)]]
  d$variables$ingroup <- as.numeric(d$variables[[paste0("m", c$group)]] == 1)
  label <- paste0(c$group, ">", c$whole)
  if (c$kind == "module") {
    ids <- cores[[c$item]]
    inWhole <- weights(d, "sampling") != 0
    answered <- sum(inWhole & rowSums(as.matrix(d$variables[paste0("v_", ids)])) > 0)
    for (j in ids) for (part in c("y_", "v_")) {
      d$variables[[paste0(part, j, "_g")]] <- d$variables[[paste0(part, j)]] * d$variables$ingroup
      d$variables[[paste0(part, j, "_r")]] <- d$variables[[paste0(part, j)]] * (1 - d$variables$ingroup)
    }
    vars <- c(outer(c("y_", "v_"), paste0(ids, "_g"), paste0), outer(c("y_", "v_"), paste0(ids, "_r"), paste0))
    totals <- svytotal(as.formula(paste0("~", paste(vars, collapse = " + "))), d)
    est <- svycontrast(totals, parse(text = paste(ratioMean(ids, "_g"), "-", ratioMean(ids, "_r")))[[1]])
    df <- answered - 2
    out(label, c$kind, c$item, "p", 2 * pt(-abs(coef(est)[[1]] / SE(est)[[1]]), df))
    out(label, c$kind, c$item, "df", df)
  } else {
    x <- if (c$kind == "enps") "e" else paste0("s_", c$item)
    test <- svyttest(as.formula(paste0(x, " ~ ingroup")), d)
    out(label, c$kind, c$item, "p", test$p.value)
    out(label, c$kind, c$item, "df", test$parameter)
  }
}

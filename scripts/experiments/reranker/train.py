"""Fits re-rankers on the features written by features.ts; 5-fold cross-validation grouped by article.

    python3 scripts/experiments/reranker/train.py features-dev.json

Needs numpy and scikit-learn (Debian: python3-sklearn). Prints, for each model, how many of the
matched dev quotes get the right speaker when the model picks the candidate, next to the rules'
own count on the same quotes. Experiment only: nothing here ships.
"""
import json, random, sys
import numpy as np
from sklearn.ensemble import HistGradientBoostingClassifier

items = json.load(open(sys.argv[1] if len(sys.argv) > 1 else "features-dev.json"))
names = sorted({k for it in items for c in it["cands"] for k in c["f"]})
index = {n: i for i, n in enumerate(names)}


def matrix(it):
    X = np.zeros((len(it["cands"]), len(names)))
    for i, c in enumerate(it["cands"]):
        for k, v in c["f"].items():
            X[i, index[k]] = v
    return X, np.array([c["y"] for c in it["cands"]], float)


data = [matrix(it) for it in items]
slugs = sorted({it["slug"] for it in items})
random.seed(0)
random.shuffle(slugs)
fold_of = {s: i % 5 for i, s in enumerate(slugs)}
folds = np.array([fold_of[it["slug"]] for it in items])


def conditional_logit(train, l2=1e-4, epochs=400, lr=0.05):
    """Softmax over each quote's candidates, fitted with Adam."""
    w = np.zeros(len(names)); m = np.zeros_like(w); v = np.zeros_like(w)
    pairs = [(X, y / y.sum()) for X, y in train if y.sum() > 0]
    for ep in range(1, epochs + 1):
        g = np.zeros_like(w)
        for X, t in pairs:
            s = X @ w; s -= s.max(); p = np.exp(s); p /= p.sum()
            g += X.T @ (p - t)
        g = g / len(pairs) + l2 * w
        m = 0.9 * m + 0.1 * g; v = 0.999 * v + 0.001 * g * g
        w -= lr * (m / (1 - 0.9**ep)) / (np.sqrt(v / (1 - 0.999**ep)) + 1e-8)
    return lambda X: X @ w


def boosted_trees(train, **params):
    """Pointwise gradient-boosted trees: P(candidate is the speaker)."""
    X = np.vstack([X for X, _ in train]); y = np.concatenate([y for _, y in train])
    model = HistGradientBoostingClassifier(**params).fit(X, y)
    return lambda X: model.predict_proba(X)[:, 1]


models = {
    "conditional logit": conditional_logit,
    "boosted trees (15 leaves)": lambda tr: boosted_trees(tr, max_iter=200, learning_rate=0.05, max_leaf_nodes=15, min_samples_leaf=40),
    "boosted trees (31 leaves)": lambda tr: boosted_trees(tr, max_iter=400, learning_rate=0.05, max_leaf_nodes=31, min_samples_leaf=20),
}
rules = sum(it["rule"] for it in items)
ceiling = sum(int(y.sum() > 0) for _, y in data)
print(f"{len(items)} matched quotes; rules right on {rules}; a candidate is right on {ceiling}")
for name, fit in models.items():
    right = 0
    for k in range(5):
        score = fit([d for d, f in zip(data, folds) if f != k])
        right += sum(int(y[np.argmax(score(X))] > 0) for (X, y), f in zip(data, folds) if f == k)
    print(f"{name}: {right} right in cross-validation ({right - rules:+d} on the rules)")

package io.mtdetect.match.index;

/** An original retrieved for an article, with its retrieval score (BM25, higher is closer). */
public record Candidate(IndexedOriginal original, float score) {}

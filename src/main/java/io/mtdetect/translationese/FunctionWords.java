package io.mtdetect.translationese;

import java.util.Set;

/**
 * The English words the translationese view keeps as written: determiners, pronouns, prepositions,
 * conjunctions, auxiliaries and modals, negation, and the adverbs and connectives that join clauses — the
 * closed classes a translation engine chooses by its source's grammar rather than by the topic — plus the
 * few verbs of saying and light verbs news writes in every story ("said", "made").
 */
final class FunctionWords {
  private static final Set<String> WORDS = Set.of(
      // determiners and quantifiers
      "a", "an", "the", "this", "that", "these", "those", "some", "any", "no", "every", "each", "all", "both",
      "either", "neither", "such", "what", "which", "whose", "many", "much", "more", "most", "few", "fewer", "less",
      "least", "several", "other", "another", "own", "same",
      // pronouns
      "i", "me", "my", "mine", "myself", "you", "your", "yours", "yourself", "he", "him", "his", "himself", "she",
      "her", "hers", "herself", "it", "its", "itself", "we", "us", "our", "ours", "ourselves", "they", "them",
      "their", "theirs", "themselves", "one", "who", "whom", "whoever", "something", "anything", "nothing",
      "everything", "someone", "anyone", "everyone", "nobody", "somebody", "everybody",
      // prepositions
      "of", "in", "to", "for", "with", "on", "at", "by", "from", "about", "as", "into", "like", "through", "after",
      "over", "between", "out", "against", "during", "without", "before", "under", "around", "among", "within",
      "across", "behind", "beyond", "up", "down", "off", "upon", "since", "until", "despite", "towards", "toward",
      "along", "following", "including", "according", "regarding", "amid", "via", "per", "than", "near", "onto",
      "throughout", "besides", "except", "above", "below", "inside", "outside",
      // conjunctions
      "and", "or", "but", "nor", "so", "yet", "because", "although", "though", "while", "whereas", "if", "unless",
      "whether", "when", "whenever", "where", "wherever", "once", "why", "how",
      // auxiliaries, modals, negation, contractions
      "be", "is", "am", "are", "was", "were", "been", "being", "have", "has", "had", "having", "do", "does", "did",
      "doing", "will", "would", "shall", "should", "can", "could", "may", "might", "must", "ought", "not", "n't",
      "'s", "'re", "'ve", "'d", "'ll", "'m",
      // adverbs and connectives
      "also", "however", "therefore", "thus", "moreover", "furthermore", "still", "already", "even", "just", "only",
      "very", "too", "then", "there", "here", "now", "again", "ever", "never", "always", "often", "sometimes",
      "perhaps", "indeed", "rather", "quite", "almost", "instead", "otherwise", "meanwhile", "nevertheless", "hence",
      "well", "further", "later", "soon", "back", "away", "else", "together",
      // the nouns of fixed connectives ("in addition", "in particular", "in order to")
      "addition", "particular", "order",
      // verbs of saying and light verbs
      "said", "says", "say", "saying", "told", "make", "made", "makes", "take", "took", "taken", "get", "got", "give",
      "gave", "given", "go", "went", "come", "came", "put", "set", "let", "become", "became");

  private FunctionWords() {}

  static boolean contains(String lowerCaseWord) {
    return WORDS.contains(lowerCaseWord);
  }
}

package io.mtdetect.score;

import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;
import java.util.Map;

/**
 * p(machine-translated | named features): the seam between the article scorer and the model family.
 * {@code scorer.json} names the family in a {@code type} field; files written before there was a
 * choice have none and are logistic.
 */
@JsonTypeInfo(use = JsonTypeInfo.Id.NAME, property = "type", defaultImpl = LogisticModel.class)
@JsonSubTypes({
  @JsonSubTypes.Type(value = LogisticModel.class, name = "logistic"),
  @JsonSubTypes.Type(value = BoostedTrees.class, name = "boosted-trees")
})
public interface ProbabilityModel {
  double probability(Map<String, Double> features);
}

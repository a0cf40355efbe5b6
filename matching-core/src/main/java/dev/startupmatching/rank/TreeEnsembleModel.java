package dev.startupmatching.rank;

import static com.google.common.base.Preconditions.checkArgument;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import com.google.common.collect.ImmutableSet;
import dev.startupmatching.io.InputError;
import dev.startupmatching.io.InputException;
import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;

/**
 * A regression tree ensemble, such as a LambdaMART model trained by RankLib on a feature log of
 * {@code startup-match features}: the score is the weighted sum of each tree's output.
 *
 * <p>RankLib numbers features from 1 in the order of the feature log's {@code # feature i: name}
 * comments, which is the order of the re-ranker's signals; {@link #readRankLib} maps the numbers
 * back to signal names with the same list. A split sends a candidate left when its feature's value
 * is at most the threshold, as RankLib does.
 *
 * <p>Scores are not on the 0–1 scale of the linear model. Each tree's share of the score is
 * credited to the signal its first split tests, so that {@link #contributions} add up to the score.
 * Instances are immutable and thread-safe.
 */
public final class TreeEnsembleModel implements ScoringModel {
  private final String name;
  private final ImmutableList<Tree> trees;
  private final ImmutableSet<String> signalNames;

  private record Tree(double weight, TreeNode root) {}

  /** A split ({@code feature} set) or a leaf ({@code feature} null). */
  private record TreeNode(
      String feature, double threshold, TreeNode left, TreeNode right, double output) {
    double evaluate(FeatureVector features) {
      TreeNode node = this;
      while (node.feature != null) {
        node = features.value(node.feature) <= node.threshold ? node.left : node.right;
      }
      return node.output;
    }
  }

  private TreeEnsembleModel(String name, ImmutableList<Tree> trees) {
    this.name = name;
    this.trees = trees;
    List<String> used = new ArrayList<>();
    for (Tree tree : trees) {
      collect(tree.root(), used);
    }
    this.signalNames = ImmutableSet.copyOf(used);
  }

  private static void collect(TreeNode node, List<String> used) {
    if (node.feature() != null) {
      used.add(node.feature());
      collect(node.left(), used);
      collect(node.right(), used);
    }
  }

  /**
   * Reads a model file that RankLib saved ({@code -save}): {@code ##} comment lines, then an {@code
   * <ensemble>} of {@code <tree weight="w">} elements of nested {@code <split>}s with a {@code
   * <feature>} and {@code <threshold>}, or an {@code <output>} at a leaf. The file is UTF-8; a byte
   * order mark at its start is skipped.
   *
   * @param featureNames the signal names in feature log order: RankLib's feature i is the i-th
   * @throws InputException for a file that is not such a model, naming the file and line
   * @throws IOException if the file cannot be read
   */
  public static TreeEnsembleModel readRankLib(Path file, List<String> featureNames)
      throws IOException {
    checkArgument(file != null, "file must not be null");
    checkArgument(featureNames != null, "featureNames must not be null");
    String source = file.toString();
    String text = Files.readString(file, StandardCharsets.UTF_8);
    // Windows tools start UTF-8 files with a byte order mark, which would hide a first comment.
    if (text.startsWith("\uFEFF")) {
      text = text.substring(1);
    }
    // Comment lines are blanked, not removed, so that the parser's line numbers stay the file's.
    String xml =
        text.lines()
            .map(line -> line.startsWith("##") ? "" : line)
            .collect(Collectors.joining("\n"));
    Document document;
    try {
      document = parser().parse(new InputSource(new StringReader(xml)));
    } catch (SAXParseException e) {
      throw new InputException(InputError.ofLine(source, e.getLineNumber(), e.getMessage()));
    } catch (SAXException e) {
      throw new InputException(InputError.ofLine(source, 1, e.getMessage()));
    }
    Element ensemble = document.getDocumentElement();
    if (!ensemble.getTagName().equals("ensemble")) {
      throw error(source, ensemble, "the root element must be <ensemble>");
    }
    ImmutableList.Builder<Tree> trees = ImmutableList.builder();
    for (Element tree : children(ensemble, "tree")) {
      double weight = number(source, tree, tree.getAttribute("weight"), "weight");
      List<Element> splits = children(tree, "split");
      if (splits.size() != 1) {
        throw error(source, tree, "a <tree> must hold one <split>");
      }
      trees.add(new Tree(weight, node(source, splits.get(0), featureNames)));
    }
    TreeEnsembleModel model = new TreeEnsembleModel(file.getFileName().toString(), trees.build());
    if (model.signalNames.isEmpty()) {
      throw new InputException(
          InputError.ofLine(source, 1, "the ensemble has no split: it ranks nothing"));
    }
    return model;
  }

  private static DocumentBuilder parser() {
    try {
      DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
      // Model files are data: no document types, no external entities.
      factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
      factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
      factory.setXIncludeAware(false);
      factory.setExpandEntityReferences(false);
      DocumentBuilder builder = factory.newDocumentBuilder();
      // Errors are thrown and reported with their line, not printed on standard error.
      builder.setErrorHandler(
          new org.xml.sax.helpers.DefaultHandler() {
            @Override
            public void error(SAXParseException e) throws SAXException {
              throw e;
            }

            @Override
            public void fatalError(SAXParseException e) throws SAXException {
              throw e;
            }
          });
      return builder;
    } catch (ParserConfigurationException e) {
      throw new IllegalStateException("the JDK's XML parser lacks secure processing", e);
    }
  }

  private static TreeNode node(String source, Element split, List<String> featureNames) {
    List<Element> outputs = children(split, "output");
    if (!outputs.isEmpty()) {
      return new TreeNode(
          null, 0, null, null, number(source, split, outputs.get(0).getTextContent(), "output"));
    }
    List<Element> features = children(split, "feature");
    List<Element> thresholds = children(split, "threshold");
    List<Element> branches = children(split, "split");
    if (features.size() != 1 || thresholds.size() != 1 || branches.size() != 2) {
      throw error(
          source,
          split,
          "a <split> must hold an <output>, or a <feature>, a <threshold> and two <split>s");
    }
    double featureNumber = number(source, split, features.get(0).getTextContent(), "feature");
    int index = (int) featureNumber;
    if (index != featureNumber || index < 1 || index > featureNames.size()) {
      throw error(
          source,
          split,
          "feature "
              + features.get(0).getTextContent().strip()
              + " is not one of the "
              + featureNames.size()
              + " features numbered from 1");
    }
    Element left = null;
    Element right = null;
    for (Element branch : branches) {
      switch (branch.getAttribute("pos")) {
        case "left" -> left = branch;
        case "right" -> right = branch;
        default -> throw error(source, branch, "a branch's pos must be left or right");
      }
    }
    if (left == null || right == null) {
      throw error(source, split, "a <split> needs a left and a right branch");
    }
    return new TreeNode(
        featureNames.get(index - 1),
        number(source, split, thresholds.get(0).getTextContent(), "threshold"),
        node(source, left, featureNames),
        node(source, right, featureNames),
        0);
  }

  private static List<Element> children(Element parent, String tag) {
    List<Element> children = new ArrayList<>();
    for (Node child = parent.getFirstChild(); child != null; child = child.getNextSibling()) {
      if (child instanceof Element element && element.getTagName().equals(tag)) {
        children.add(element);
      }
    }
    return children;
  }

  private static double number(String source, Element at, String text, String what) {
    try {
      double value = Double.parseDouble(text.strip());
      if (Double.isFinite(value)) {
        return value;
      }
    } catch (NumberFormatException e) {
      // Reported below with the element's line.
    }
    throw error(source, at, what + " '" + text.strip() + "' is not a finite number");
  }

  private static InputException error(String source, Element at, String message) {
    // The DOM keeps no line numbers; the element's tag and the message locate the problem.
    return new InputException(
        InputError.ofLine(source, 1, "<" + at.getTagName() + ">: " + message));
  }

  @Override
  public String name() {
    return name;
  }

  @Override
  public Set<String> signalNames() {
    return signalNames;
  }

  @Override
  public double score(FeatureVector features) {
    double score = 0;
    for (Tree tree : trees) {
      score += tree.weight() * tree.root().evaluate(features);
    }
    return score;
  }

  @Override
  public Map<String, Double> contributions(FeatureVector features) {
    Map<String, Double> contributions = new LinkedHashMap<>();
    signalNames.forEach(n -> contributions.put(n, 0.0));
    for (Tree tree : trees) {
      TreeNode root = tree.root();
      // A tree that is a single leaf adds a constant; it is credited to the first signal.
      String credited = root.feature() != null ? root.feature() : signalNames.iterator().next();
      contributions.merge(credited, tree.weight() * root.evaluate(features), Double::sum);
    }
    return ImmutableMap.copyOf(contributions);
  }

  /** The number of trees. */
  public int size() {
    return trees.size();
  }
}

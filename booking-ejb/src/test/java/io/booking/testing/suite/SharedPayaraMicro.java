package io.booking.testing.suite;

import fish.payara.arquillian.container.payara.managed.PayaraMicroContainerConfiguration;
import fish.payara.arquillian.container.payara.managed.PayaraMicroDeployableContainer;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.jboss.arquillian.container.spi.client.container.DeployableContainer;
import org.jboss.arquillian.container.spi.client.container.DeploymentException;
import org.jboss.arquillian.container.spi.client.protocol.ProtocolDescription;
import org.jboss.arquillian.container.spi.client.protocol.metadata.ProtocolMetaData;
import org.jboss.shrinkwrap.api.Archive;
import org.jboss.shrinkwrap.api.ArchivePath;
import org.jboss.shrinkwrap.api.Node;
import org.jboss.shrinkwrap.api.asset.ArchiveAsset;
import org.jboss.shrinkwrap.api.asset.Asset;
import org.jboss.shrinkwrap.descriptor.api.Descriptor;

/**
 * Payara Micro for the in-container tests, started once per distinct deployment instead of once per
 * test class. Arquillian still builds and "deploys" every test class's archive; when everything in
 * it (each class, resource and library, compared by content) is already in a running Micro, the
 * class runs there, and undeploying it at the end of the class keeps that Micro running. An archive
 * with anything new or different gets a Micro of its own, also kept. All of them stop at the end of
 * the run.
 *
 * <p>Every class built with {@code Deployments.bookingCore(...)} therefore shares one Micro: that
 * archive holds every test class of the contexts it packages.
 */
public class SharedPayaraMicro implements DeployableContainer<PayaraMicroContainerConfiguration> {

  private static final Logger LOG = Logger.getLogger(SharedPayaraMicro.class.getName());

  private final List<Running> running = new ArrayList<>();

  private PayaraMicroContainerConfiguration configuration;

  /** A Micro started for {@code archive}; {@code content} maps each path to its digest. */
  private record Running(
      PayaraMicroDeployableContainer micro,
      Archive<?> archive,
      Map<String, String> content,
      ProtocolMetaData metaData) {}

  @Override
  public Class<PayaraMicroContainerConfiguration> getConfigurationClass() {
    return PayaraMicroContainerConfiguration.class;
  }

  @Override
  public void setup(PayaraMicroContainerConfiguration configuration) {
    this.configuration = configuration;
  }

  @Override
  public ProtocolDescription getDefaultProtocol() {
    return new PayaraMicroDeployableContainer().getDefaultProtocol();
  }

  @Override
  public void start() {
    // Each Micro starts with its first deployment.
  }

  @Override
  public synchronized ProtocolMetaData deploy(Archive<?> archive) throws DeploymentException {
    Map<String, String> content = contentOf(archive);
    for (Running r : running) {
      if (r.content().entrySet().containsAll(content.entrySet())) {
        LOG.info(
            () -> archive.getName() + " runs in the Micro started for " + r.archive().getName());
        return r.metaData();
      }
    }
    if (!running.isEmpty()) {
      LOG.info(
          () ->
              archive.getName()
                  + " needs a Micro of its own: it differs from "
                  + running.get(0).archive().getName()
                  + " in "
                  + difference(content, running.get(0).content()));
    }
    PayaraMicroDeployableContainer micro = new PayaraMicroDeployableContainer();
    micro.setup(configuration);
    ProtocolMetaData metaData;
    try {
      metaData = micro.deploy(archive);
    } catch (DeploymentException | RuntimeException e) {
      stopQuietly(micro, archive);
      throw e;
    }
    if (metaData == null) {
      stopQuietly(micro, archive);
      throw new DeploymentException("Payara Micro did not start " + archive.getName());
    }
    running.add(new Running(micro, archive, content, metaData));
    return metaData;
  }

  @Override
  public void undeploy(Archive<?> archive) {
    // Kept running for the next test class; stop() ends it.
  }

  @Override
  public synchronized void stop() {
    for (Running r : running) {
      stopQuietly(r.micro(), r.archive());
    }
    running.clear();
  }

  @Override
  public void deploy(Descriptor descriptor) {
    throw new UnsupportedOperationException("Payara Micro deploys archives only");
  }

  @Override
  public void undeploy(Descriptor descriptor) {
    throw new UnsupportedOperationException("Payara Micro deploys archives only");
  }

  private static void stopQuietly(PayaraMicroDeployableContainer micro, Archive<?> archive) {
    try {
      micro.undeploy(archive); // stops that Micro's process
    } catch (DeploymentException | RuntimeException e) {
      LOG.log(Level.WARNING, "Could not stop the Payara Micro of " + archive.getName(), e);
    }
  }

  /** Each file's path (nested archives' entries as {@code lib.jar!/path}) and content digest. */
  static Map<String, String> contentOf(Archive<?> archive) {
    Map<String, String> content = new TreeMap<>();
    for (Map.Entry<ArchivePath, Node> entry : archive.getContent().entrySet()) {
      Asset asset = entry.getValue().getAsset();
      String path = entry.getKey().get();
      if (asset instanceof ArchiveAsset nested) {
        contentOf(nested.getArchive()).forEach((p, digest) -> content.put(path + "!" + p, digest));
      } else if (asset != null) {
        content.put(path, digest(asset));
      }
    }
    return content;
  }

  private static String difference(Map<String, String> wanted, Map<String, String> running) {
    List<String> differing =
        wanted.keySet().stream()
            .filter(path -> !wanted.get(path).equals(running.get(path)))
            .limit(5)
            .toList();
    return differing.toString();
  }

  private static String digest(Asset asset) {
    try (InputStream in = asset.openStream()) {
      MessageDigest sha = MessageDigest.getInstance("SHA-256");
      byte[] buffer = new byte[65536];
      for (int n = in.read(buffer); n >= 0; n = in.read(buffer)) {
        sha.update(buffer, 0, n);
      }
      return HexFormat.of().formatHex(sha.digest());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}

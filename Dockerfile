# An image with zeche for GitLab CI, Jenkins and other CI services: Debian 12's slim image, the
# static zeche of one release (checked against the SHA-256 of its binary), git and CA
# certificates for `zeche publish`, and a user without root rights. docs/publishing.md shows how
# to build and use it. It was written on a machine without a Docker engine: it has been linted
# (hadolint), not built.
#
#   docker build --build-arg ZECHE_VERSION=0.9.0 --build-arg ZECHE_SHA256=HASH -t zeche:0.9.0 .
#
# HASH is the line for zeche-0.9.0-linux-ARCH/zeche in the release's SHA256SUMS, for the
# architecture of the image (x86_64 for linux/amd64, aarch64 for linux/arm64).

FROM debian:bookworm-slim AS download
ARG ZECHE_VERSION
ARG ZECHE_SHA256
# ZecheRelease.defaultDownloads in Sources/ZecheKit/Scaffold/ZecheRelease.swift (the release
# workflow checks that both name the repository it publishes from).
ARG ZECHE_RELEASES=https://github.com/q-one/zeche/releases/download
# Set by BuildKit to the image's architecture: amd64 or arm64.
ARG TARGETARCH
SHELL ["/bin/bash", "-o", "pipefail", "-c"]
# hadolint ignore=DL3008
RUN apt-get update \
 && apt-get install -y --no-install-recommends ca-certificates curl \
 && rm -rf /var/lib/apt/lists/*
RUN if [ -z "$ZECHE_VERSION" ] || [ -z "$ZECHE_SHA256" ]; then \
      echo "error: give --build-arg ZECHE_VERSION=VERSION --build-arg ZECHE_SHA256=HASH (SHA256SUMS of the release)" >&2; \
      exit 1; \
    fi \
 && case "${TARGETARCH:-amd64}" in \
      amd64) arch=x86_64 ;; \
      arm64) arch=aarch64 ;; \
      *) echo "error: no zeche for $TARGETARCH" >&2; exit 1 ;; \
    esac \
 && archive="zeche-$ZECHE_VERSION-linux-$arch" \
 && curl --fail --silent --show-error --location --retry 3 --output /tmp/zeche.tar.gz \
      "$ZECHE_RELEASES/v$ZECHE_VERSION/$archive.tar.gz" \
 && tar -xzOf /tmp/zeche.tar.gz "$archive/zeche" > /tmp/zeche \
 && echo "$ZECHE_SHA256  /tmp/zeche" | sha256sum --check --strict \
 && install -m 755 /tmp/zeche /usr/local/bin/zeche

FROM debian:bookworm-slim
# hadolint ignore=DL3008
RUN apt-get update \
 && apt-get install -y --no-install-recommends ca-certificates git \
 && rm -rf /var/lib/apt/lists/* \
 && groupadd --gid 10001 zeche \
 && useradd --create-home --uid 10001 --gid 10001 --shell /bin/bash zeche
COPY --from=download /usr/local/bin/zeche /usr/local/bin/zeche
USER 10001:10001
WORKDIR /home/zeche/site
RUN zeche --version
# No ENTRYPOINT: CI services such as GitLab run their own shell in the image.
CMD ["zeche", "--help"]

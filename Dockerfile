# phi-gateway: SMTP gateway that enforces HIPAA policy inline.
#
#   docker build -t phi-gateway .
#   docker run -p 2525:2525 -p 8443:8443 -p 9187:9187 \
#     -v phi-config:/etc/phi-gateway -v phi-var:/app/var -v phi-certs:/app/certs phi-gateway
#
# Mount your own config at /etc/phi-gateway/config.yaml (start from
# config.example.yaml; set listen.host/metrics.host/portal.host to 0.0.0.0 so the
# published ports are reachable), and provision keys under /app/certs.
FROM python:3.11-slim-bookworm

ENV PYTHONDONTWRITEBYTECODE=1 \
    PYTHONUNBUFFERED=1 \
    PIP_NO_CACHE_DIR=1 \
    PIP_DISABLE_PIP_VERSION_CHECK=1

RUN groupadd --system --gid 10025 phigw \
 && useradd --system --uid 10025 --gid phigw --home-dir /app --shell /usr/sbin/nologin phigw

WORKDIR /app
COPY pyproject.toml README.md ./
COPY gateway ./gateway
RUN pip install .
COPY policies ./policies
COPY config.example.yaml ./config.example.yaml
# The default config, listening on all interfaces inside the container.
RUN mkdir -p /etc/phi-gateway var certs \
 && sed -e 's/^  host: 127.0.0.1$/  host: 0.0.0.0/' config.example.yaml > /etc/phi-gateway/config.yaml \
 && chown -R phigw:phigw /app/var /app/certs /etc/phi-gateway

USER phigw
# SMTP, portal (HTTPS), metrics/health
EXPOSE 2525 8443 9187
VOLUME ["/etc/phi-gateway", "/app/var", "/app/certs"]

HEALTHCHECK --interval=30s --timeout=5s --start-period=20s --retries=3 \
  CMD python -c "import urllib.request,sys; sys.exit(0 if urllib.request.urlopen('http://127.0.0.1:9187/healthz', timeout=4).status == 200 else 1)"

STOPSIGNAL SIGTERM
ENTRYPOINT ["phi-gateway"]
CMD ["serve", "--config", "/etc/phi-gateway/config.yaml"]

#!/usr/bin/env bash
# Makes a CA and the certificates of a city's broker, gateway and devices, for a test or a
# pilot (a city in production issues them from its own PKI):
#   certs.sh DIR [CLIENT_NAME ...]
# writes DIR/ca.{crt,key}, DIR/server.{crt,key} (for localhost and 127.0.0.1, or the names
# in $CITY_BROKER_NAMES, e.g. "DNS:mqtt.city.example"), and DIR/<name>.{crt,key} for each
# client, its common name <name> (the gateway: city-gateway; a device: its id, 64 hex
# digits). EC P-256 keys, valid for $CITY_CERT_DAYS days (default 825).
set -euo pipefail
dir="$1"
shift
days="${CITY_CERT_DAYS:-825}"
names="${CITY_BROKER_NAMES:-DNS:localhost,IP:127.0.0.1}"
mkdir -p "$dir"
cd "$dir"
key() { openssl genpkey -algorithm EC -pkeyopt ec_paramgen_curve:P-256 -out "$1.key" 2>/dev/null; }
if [ ! -f ca.crt ]; then
	key ca
	openssl req -x509 -new -key ca.key -days "$days" -subj "/CN=City Chain IoT CA" -out ca.crt
fi
sign() {
	local name="$1" extensions="$2"
	key "$name"
	openssl req -new -key "$name.key" -subj "/CN=$name" -out "$name.csr"
	openssl x509 -req -in "$name.csr" -CA ca.crt -CAkey ca.key -CAcreateserial -days "$days" \
		-extfile <(printf '%s\n' "$extensions") -out "$name.crt" 2>/dev/null
	rm -f "$name.csr"
}
[ -f server.crt ] || sign server "subjectAltName=$names
extendedKeyUsage=serverAuth"
for client in "$@"; do
	sign "$client" "extendedKeyUsage=clientAuth"
done
chmod 600 ./*.key

#pragma once

#include "models/importers/Importer.h"

#include <QStringView>

#include <optional>

namespace boussole {

// Docker Compose files: version 2 and 3 files and the Compose specification (no version key).
// Read through YamlReader (byte, node and depth limits; merge keys such as `<<: *defaults`
// applied); `x-` extension keys, environment variables and env files are ignored.
//
// One workload (kind "container") per service:
// - replicas: deploy.replicas, else scale, else 1; deploy.mode global counts 1 (with a warning).
//   With replicas 0 the workload is "off" and sized for one replica.
// - vCPU: the limit (deploy.resources.limits.cpus, else v2's cpus, cpu_quota/cpu_period or
//   cpu_count), else the reservation (deploy.resources.reservations.cpus); memory likewise
//   (limits.memory, mem_limit, then reservations.memory, mem_reservation). The limit comes first
//   because it is the size the service was given, like a VM's; reservations are a floor. Sizes
//   are per replica × replicas. A service that states neither has an unknown size (not 0), and
//   one summary warning counts those services. A `${VAR:-default}` size takes its default; one
//   without a default leaves the size unknown, with a warning.
// - GPUs: deploy.resources.reservations.devices with the gpu capability (count, device_ids, or
//   "all" counted as 1), `gpus:`, or v2's `runtime: nvidia`.
// - tags: image (or build), depends_on and profiles (comma lists), devices (host paths),
//   network_mode, privileged, container_name, replicas.
// One workload (kind "storage", size unknown) per named volume: the top-level volumes, and any a
// service mounts without declaring it (a warning; docker compose would refuse the file); tag
// used_by lists the services. Bind mounts are the host's disk and make no workload.
// Application: the project name (the `name:` key, else the name of the file's folder, normalised
// as docker compose does). naturalKey "PROJECT/service/NAME" and "PROJECT/volume/NAME".
// sourceLocation: the YAML path, "services.NAME" or "volumes.NAME".
class ComposeImporter : public Importer {
public:
    QString formatId() const override;
    QString displayName() const override;
    int sniff(QByteArrayView head, const QString &fileName) const override;
    Result<ImportOutcome> read(QIODevice &device, const ImportContext &context) const override;

    // The project name docker compose derives from a folder name: lower case, only a-z, 0-9, "_"
    // and "-", starting with a letter or digit ("Homelab Maison" -> "homelabmaison").
    static QString projectNameFromFolder(QStringView folder);
};

// A size as Docker writes it (docker run --memory, mem_limit, deploy.resources…memory): a
// number of bytes, or a number with b, k, m, g, t or p, optionally followed by "b" or "ib", in any
// case; the units are binary ("512m" and "512MB" are 512 MiB). Nothing when the text is not a
// size.
std::optional<double> parseDockerBytes(QStringView text);

} // namespace boussole

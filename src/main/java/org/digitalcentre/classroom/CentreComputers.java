package org.digitalcentre.classroom;

import org.digitalcentre.base.Role;
import org.digitalcentre.base.SignedIn;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.web.util.matcher.IpAddressMatcher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.net.Inet4Address;
import java.net.InterfaceAddress;
import java.net.NetworkInterface;
import java.net.SocketException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.util.Arrays;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The centre's computers: which ones a teacher registered (with the name the live view shows), and the address
 * ranges of the centre's own network. The cohort and name screens are shown only on those computers: anywhere else
 * nobody can list the learners, nor lock them out by trying codes.
 */
@Service
public class CentreComputers {

    public static final int NAME_MAX = 30;
    private static final Pattern NAME = Pattern.compile("[\\p{L}\\p{N} _.-]{1," + NAME_MAX + "}");
    /** Address literals only (IPv4 dotted or IPv6 with colons): a host name would make Java ask a DNS server. */
    private static final Pattern RANGE =
            Pattern.compile("([0-9]{1,3}(\\.[0-9]{1,3}){3}|[0-9a-fA-F]{0,4}:[0-9a-fA-F:.]{1,41})(/[0-9]{1,3})?");
    private static final SecureRandom RANDOM = new SecureRandom();

    private final WorkstationRepository workstations;
    private final SignInNetworkRepository networks;
    private final Clock clock;

    CentreComputers(WorkstationRepository workstations, SignInNetworkRepository networks, Clock clock) {
        this.workstations = workstations;
        this.networks = networks;
        this.clock = clock;
    }

    /** A computer as a request shows it: the registration token its browser holds (or null), and its address. */
    public record Computer(String token, String address) {
    }

    public record RegisteredComputer(long id, String name, Instant registeredAt) {
    }

    /** Whether learners may see the cohort and name screens, and type codes, on this computer. */
    @Transactional(readOnly = true)
    public boolean learnersMaySignInOn(Computer computer) {
        if (computer.token() != null && workstations.findByTokenHash(hash(computer.token())).isPresent()) {
            return true;
        }
        return computer.address() != null && networks.findAll().stream()
                .anyMatch(network -> contains(network.getAddressRange(), computer.address()));
    }

    /** The name a teacher gave this computer, if it is registered. */
    @Transactional(readOnly = true)
    public Optional<String> nameOf(Computer computer) {
        return computer.token() == null ? Optional.empty()
                : workstations.findByTokenHash(hash(computer.token())).map(Workstation::getName);
    }

    public static boolean isValidName(String name) {
        return name != null && NAME.matcher(name.strip()).matches();
    }

    /**
     * Registers this computer under a name, or renames it when it is registered already. Returns the token its
     * browser must keep (see {@link WorkstationCookie#store}).
     */
    @Transactional
    public String register(Computer computer, String name) {
        if (!isValidName(name)) {
            throw new IllegalArgumentException("Not a workstation name");
        }
        if (computer.token() != null) {
            Optional<Workstation> known = workstations.findByTokenHash(hash(computer.token()));
            if (known.isPresent()) {
                known.get().rename(name.strip());
                return computer.token();
            }
        }
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        String token = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        workstations.save(new Workstation(name.strip(), hash(token), clock.instant()));
        return token;
    }

    @Transactional(readOnly = true)
    public List<RegisteredComputer> registered() {
        return workstations.findAllByOrderByNameAsc().stream()
                .map(w -> new RegisteredComputer(w.getId(), w.getName(), w.getRegisteredAt())).toList();
    }

    /** The computer is no longer the centre's: its browser's token is worth nothing from now on. */
    @Transactional
    public void forget(long workstationId) {
        workstations.deleteById(workstationId);
    }

    @Transactional(readOnly = true)
    public List<String> networks() {
        return networks.findAllByOrderByAddressRangeAsc().stream().map(SignInNetwork::getAddressRange).toList();
    }

    /** An address (192.168.1.20) or a range (192.168.1.0/24, fd00::/8) in the notation network people use. */
    public static boolean isValidRange(String range) {
        if (range == null || !RANGE.matcher(range.strip()).matches()) {
            return false;
        }
        String address = range.strip().split("/")[0];
        if (!address.contains(":")
                && Arrays.stream(address.split("\\.")).anyMatch(part -> Integer.parseInt(part) > 255)) {
            return false;
        }
        try {
            new IpAddressMatcher(range.strip());
            return true;
        } catch (IllegalArgumentException notARange) {
            return false;
        }
    }

    /** Administrators list the centre's networks; a learner screen never changes them. */
    @Transactional
    public void allowNetwork(SignedIn admin, String range) {
        requireAdmin(admin);
        if (!isValidRange(range)) {
            throw new IllegalArgumentException("Not an address range");
        }
        String cleaned = range.strip();
        if (networks.findByAddressRange(cleaned).isEmpty()) {
            networks.save(new SignInNetwork(cleaned, clock.instant()));
        }
    }

    @Transactional
    public void removeNetwork(SignedIn admin, String range) {
        requireAdmin(admin);
        networks.findByAddressRange(range).ifPresent(networks::delete);
    }

    /**
     * The local network this server is on (e.g. 192.168.1.0/24), which the first start proposes: in a centre the
     * server usually sits on the same network as the learners' computers. Empty when it has no such address.
     */
    public static Optional<String> networkOfThisServer() {
        try {
            for (NetworkInterface card : NetworkInterface.networkInterfaces().toList()) {
                if (!card.isUp() || card.isLoopback() || card.isVirtual()) {
                    continue;
                }
                for (InterfaceAddress address : card.getInterfaceAddresses()) {
                    if (address.getAddress() instanceof Inet4Address ipv4 && ipv4.isSiteLocalAddress()) {
                        return Optional.of(networkAddress(ipv4, address.getNetworkPrefixLength()));
                    }
                }
            }
        } catch (SocketException cannotTell) {
            return Optional.empty();
        }
        return Optional.empty();
    }

    static String networkAddress(Inet4Address address, int prefixLength) {
        byte[] bytes = address.getAddress();
        int value = ((bytes[0] & 0xff) << 24) | ((bytes[1] & 0xff) << 16) | ((bytes[2] & 0xff) << 8) | (bytes[3] & 0xff);
        int mask = prefixLength == 0 ? 0 : -1 << (32 - prefixLength);
        int network = value & mask;
        return ((network >>> 24) & 0xff) + "." + ((network >>> 16) & 0xff) + "." + ((network >>> 8) & 0xff) + "."
                + (network & 0xff) + "/" + prefixLength;
    }

    private static boolean contains(String range, String address) {
        try {
            return new IpAddressMatcher(range).matches(address);
        } catch (IllegalArgumentException notComparable) {
            return false;
        }
    }

    private static void requireAdmin(SignedIn person) {
        if (person == null || person.role() != Role.ADMIN) {
            throw new AccessDeniedException("Only administrators change the centre's networks");
        }
    }

    private static String hash(String token) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(token.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException always) {
            throw new IllegalStateException(always);
        }
    }
}

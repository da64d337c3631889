package org.digitalcentre.classroom;

import org.springframework.data.jpa.repository.JpaRepository;

import java.util.List;
import java.util.Optional;

interface SignInNetworkRepository extends JpaRepository<SignInNetwork, Long> {

    List<SignInNetwork> findAllByOrderByAddressRangeAsc();

    Optional<SignInNetwork> findByAddressRange(String addressRange);
}

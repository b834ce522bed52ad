#!/usr/bin/perl
# Independent DKIM verifier for the tests: Perl Mail::DKIM (Debian libmail-dkim-perl).
# Usage: verify_dkim.pl PORT < message
# Public keys come from the test's DNS responder on 127.0.0.1:PORT.
# Prints one line per signature: "<result> d=<domain> s=<selector> a=<algorithm> <detail>",
# then "overall <result>". Exit code 0 when every signature passes.
use strict;
use warnings;
use Mail::DKIM::Verifier;
use Mail::DKIM::DNS;
use Net::DNS::Resolver;

my $port = shift or die "usage: $0 PORT < message\n";
Mail::DKIM::DNS::resolver(
    Net::DNS::Resolver->new(
        nameservers => ['127.0.0.1'],
        port        => $port,
        recurse     => 0,
        # EDNS0: a 3072-bit key record does not fit 512 bytes and we serve no TCP.
        udppacketsize => 4096,
        tcp_timeout => 5,
        udp_timeout => 5,
        retry       => 1,
    )
);

binmode STDIN;
my $dkim = Mail::DKIM::Verifier->new();
while (my $line = <STDIN>) {
    # Mail::DKIM wants CRLF line endings on input.
    $line =~ s/\r?\n\z/\r\n/;
    $dkim->PRINT($line);
}
$dkim->CLOSE();

my $all_pass = 1;
my @sigs = $dkim->signatures;
$all_pass = 0 unless @sigs;
foreach my $sig (@sigs) {
    my $result = $sig->result;
    $all_pass = 0 unless $result eq 'pass';
    printf "%s d=%s s=%s a=%s %s\n", $result, $sig->domain, $sig->selector,
        $sig->algorithm, ($sig->result_detail // '');
}
printf "overall %s\n", $dkim->result;
exit($all_pass ? 0 : 1);

package org.ras4j;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The Win32 and RAS error codes that {@code RasEnumConnections} and {@code RasGetConnectStatus}
 * can return, each with its symbolic name and its message, so that a failure reads the same on
 * every operating system.
 *
 * <p>The catalogue holds the Win32 codes of the contract ({@code ERROR_SUCCESS} 0,
 * {@code ERROR_INVALID_HANDLE} 6, {@code ERROR_NOT_ENOUGH_MEMORY} 8, {@code ERROR_INVALID_PARAMETER}
 * 87, {@code ERROR_PROC_NOT_FOUND} 127, as {@code winerror.h} names them, and the HRESULT
 * {@code E_INVALIDARG}, 0x80070057, that the statistics functions document) and every code that {@code raserror.h} defines, from
 * {@code PENDING} ({@code RASBASE}, 600) to {@code ERROR_IKEV2_PSK_INTERFACE_ALREADY_EXISTS}
 * ({@code RASBASEEND}, 870), including those the SDK hides from {@code WINVER >= 0x600} builds
 * because Windows Vista retired them: an old system may still return them. The router codes of
 * {@code mprerror.h} (900 and up) are not RAS client codes and are not listed.
 *
 * <p>The constant's {@link #name()} is the symbolic name ({@code ERROR_INVALID_SIZE}). Messages
 * are those of Microsoft's "Routing and Remote Access Error Codes" page (and of "System Error
 * Codes" for the Win32 codes), with that page's evident slips mended from the SDK header's own
 * comments: 641 and 733 are capitalised, 692 ends with a full stop, 674 and 675 (whose texts the
 * page mixes up) and 689 (empty there) take the header's text, and 613 and 762 keep their real names
 * ({@code ERROR_INVALID_COMPRESSION_SPECIFIED}, {@code ERROR_SHARING_PRIVATE_INSTALL}), which the
 * page misprints.
 */
public enum RasError {
    // Win32 codes (winerror.h) that RasEnumConnections and RasGetConnectStatus return.
    /** 0: The operation completed successfully. */
    ERROR_SUCCESS(0, "The operation completed successfully."),
    /** 6: The handle is invalid. */
    ERROR_INVALID_HANDLE(6, "The handle is invalid."),
    /** 8: Not enough memory resources are available to process this command. */
    ERROR_NOT_ENOUGH_MEMORY(8, "Not enough memory resources are available to process this command."),
    /** 87: The parameter is incorrect. */
    ERROR_INVALID_PARAMETER(87, "The parameter is incorrect."),
    /** 127: The specified procedure could not be found. What a backend answers for a function its rasapi32 does not export (docs/contract.md C-ERR-05). */
    ERROR_PROC_NOT_FOUND(127, "The specified procedure could not be found."),
    /** 0x80070057: One or more arguments are invalid. The HRESULT RasGetConnectionStatistics and RasGetLinkStatistics document (C-STATS-02). */
    E_INVALIDARG(0x80070057, "One or more arguments are invalid."),

    // raserror.h: RASBASE (600) to RASBASEEND (870).
    /** 600: An operation is pending. */
    PENDING(600, "An operation is pending."),
    /** 601: The port handle supplied is not valid. */
    ERROR_INVALID_PORT_HANDLE(601, "The port handle supplied is not valid."),
    /** 602: The specified port is already open. */
    ERROR_PORT_ALREADY_OPEN(602, "The specified port is already open."),
    /** 603: The buffer supplied is too small. */
    ERROR_BUFFER_TOO_SMALL(603, "The buffer supplied is too small."),
    /** 604: The port information specified is incorrect. */
    ERROR_WRONG_INFO_SPECIFIED(604, "The port information specified is incorrect."),
    /** 605: The port information specified cannot be set. */
    ERROR_CANNOT_SET_PORT_INFO(605, "The port information specified cannot be set."),
    /** 606: The port specified is not connected. */
    ERROR_PORT_NOT_CONNECTED(606, "The port specified is not connected."),
    /** 607: An event that is not valid was detected. */
    ERROR_EVENT_INVALID(607, "An event that is not valid was detected."),
    /** 608: The specified device does not exist. */
    ERROR_DEVICE_DOES_NOT_EXIST(608, "The specified device does not exist."),
    /** 609: The specified device type does not exist. */
    ERROR_DEVICETYPE_DOES_NOT_EXIST(609, "The specified device type does not exist."),
    /** 610: The buffer supplied is not valid. */
    ERROR_BUFFER_INVALID(610, "The buffer supplied is not valid."),
    /** 611: A route was specified that is not available. */
    ERROR_ROUTE_NOT_AVAILABLE(611, "A route was specified that is not available."),
    /** 612: The specified route is not allocated. */
    ERROR_ROUTE_NOT_ALLOCATED(612, "The specified route is not allocated."),
    /** 613: The specified compression is not valid. */
    ERROR_INVALID_COMPRESSION_SPECIFIED(613, "The specified compression is not valid."),
    /** 614: There were insufficient buffers available. */
    ERROR_OUT_OF_BUFFERS(614, "There were insufficient buffers available."),
    /** 615: The specified port was not found. */
    ERROR_PORT_NOT_FOUND(615, "The specified port was not found."),
    /** 616: An asynchronous request is pending. */
    ERROR_ASYNC_REQUEST_PENDING(616, "An asynchronous request is pending."),
    /** 617: The specified port or device is already disconnecting. */
    ERROR_ALREADY_DISCONNECTING(617, "The specified port or device is already disconnecting."),
    /** 618: The specified port is not open. */
    ERROR_PORT_NOT_OPEN(618, "The specified port is not open."),
    /** 619: The specified port is disconnected. */
    ERROR_PORT_DISCONNECTED(619, "The specified port is disconnected."),
    /** 620: No endpoints could be determined. */
    ERROR_NO_ENDPOINTS(620, "No endpoints could be determined."),
    /** 621: Cannot open the specified phone book file. */
    ERROR_CANNOT_OPEN_PHONEBOOK(621, "Cannot open the specified phone book file."),
    /** 622: Cannot load the specified phone book file. */
    ERROR_CANNOT_LOAD_PHONEBOOK(622, "Cannot load the specified phone book file."),
    /** 623: Cannot find the specified phone book entry. */
    ERROR_CANNOT_FIND_PHONEBOOK_ENTRY(623, "Cannot find the specified phone book entry."),
    /** 624: Cannot write to the specified phone book file. */
    ERROR_CANNOT_WRITE_PHONEBOOK(624, "Cannot write to the specified phone book file."),
    /** 625: Information found in the specified phone book is not valid. */
    ERROR_CORRUPT_PHONEBOOK(625, "Information found in the specified phone book is not valid."),
    /** 626: A string could not be loaded. */
    ERROR_CANNOT_LOAD_STRING(626, "A string could not be loaded."),
    /** 627: Cannot find the specified key. */
    ERROR_KEY_NOT_FOUND(627, "Cannot find the specified key."),
    /** 628: The specified port was disconnected. */
    ERROR_DISCONNECTION(628, "The specified port was disconnected."),
    /** 629: The specified port was disconnected by the remote computer. */
    ERROR_REMOTE_DISCONNECTION(629, "The specified port was disconnected by the remote computer."),
    /** 630: The specified port was disconnected due to hardware failure. */
    ERROR_HARDWARE_FAILURE(630, "The specified port was disconnected due to hardware failure."),
    /** 631: The specified port was disconnected by the user. */
    ERROR_USER_DISCONNECTION(631, "The specified port was disconnected by the user."),
    /** 632: Incorrect structure size. */
    ERROR_INVALID_SIZE(632, "Incorrect structure size."),
    /** 633: The specified port is already in use or is not configured for remote access dial-out. */
    ERROR_PORT_NOT_AVAILABLE(633,
            "The specified port is already in use or is not configured for remote access dial-out."),
    /** 634: Your computer could not be registered on the remote network. */
    ERROR_CANNOT_PROJECT_CLIENT(634, "Your computer could not be registered on the remote network."),
    /** 635: An unknown error has occurred. */
    ERROR_UNKNOWN(635, "An unknown error has occurred."),
    /** 636: The wrong device is attached to the specified port. */
    ERROR_WRONG_DEVICE_ATTACHED(636, "The wrong device is attached to the specified port."),
    /** 637: A string was detected that could not be converted. */
    ERROR_BAD_STRING(637, "A string was detected that could not be converted."),
    /** 638: The request has timed out. */
    ERROR_REQUEST_TIMEOUT(638, "The request has timed out."),
    /** 639: No asynchronous net is available. */
    ERROR_CANNOT_GET_LANA(639, "No asynchronous net is available."),
    /** 640: An error has occurred involving NetBIOS. */
    ERROR_NETBIOS_ERROR(640, "An error has occurred involving NetBIOS."),
    /** 641: The server cannot allocate NetBIOS resources needed to support the client. */
    ERROR_SERVER_OUT_OF_RESOURCES(641, "The server cannot allocate NetBIOS resources needed to support the client."),
    /** 642: One of your computer's NetBIOS names is already registered on the remote network. */
    ERROR_NAME_EXISTS_ON_NET(642, "One of your computer's NetBIOS names is already registered on the remote network."),
    /** 643: A network adapter at the server failed. */
    ERROR_SERVER_GENERAL_NET_FAILURE(643, "A network adapter at the server failed."),
    /** 644: You will not receive network message popups. */
    WARNING_MSG_ALIAS_NOT_ADDED(644, "You will not receive network message popups."),
    /** 645: An internal authentication error has occurred. */
    ERROR_AUTH_INTERNAL(645, "An internal authentication error has occurred."),
    /** 646: The specified account is not permitted to log in at this time of day. */
    ERROR_RESTRICTED_LOGON_HOURS(646, "The specified account is not permitted to log in at this time of day."),
    /** 647: The specified account is disabled. */
    ERROR_ACCT_DISABLED(647, "The specified account is disabled."),
    /** 648: The specified password has expired. */
    ERROR_PASSWD_EXPIRED(648, "The specified password has expired."),
    /** 649: The specified account does not have remote access permissions. */
    ERROR_NO_DIALIN_PERMISSION(649, "The specified account does not have remote access permissions."),
    /** 650: The remote access server is not responding. */
    ERROR_SERVER_NOT_RESPONDING(650, "The remote access server is not responding."),
    /** 651: Your modem or other connection device has reported an error. */
    ERROR_FROM_DEVICE(651, "Your modem or other connection device has reported an error."),
    /** 652: An unrecognized response was returned by the device. */
    ERROR_UNRECOGNIZED_RESPONSE(652, "An unrecognized response was returned by the device."),
    /** 653: A macro required by the device was not found in the device .INF file section. */
    ERROR_MACRO_NOT_FOUND(653, "A macro required by the device was not found in the device .INF file section."),
    /** 654: A command or response in the device .INF file section refers to an undefined macro. */
    ERROR_MACRO_NOT_DEFINED(654, "A command or response in the device .INF file section refers to an undefined macro."),
    /** 655: The &lt;message&gt; macro was not found in the device .INF file section. */
    ERROR_MESSAGE_MACRO_NOT_FOUND(655, "The <message> macro was not found in the device .INF file section."),
    /** 656: The &lt;defaultoff&gt; macro in the device .INF file section contains an undefined macro. */
    ERROR_DEFAULTOFF_MACRO_NOT_FOUND(656,
            "The <defaultoff> macro in the device .INF file section contains an undefined macro."),
    /** 657: The device .INF file could not be opened. */
    ERROR_FILE_COULD_NOT_BE_OPENED(657, "The device .INF file could not be opened."),
    /** 658: The device name in the device .INF or media .INI file is too long. */
    ERROR_DEVICENAME_TOO_LONG(658, "The device name in the device .INF or media .INI file is too long."),
    /** 659: The media .INI file refers to an unknown device name. */
    ERROR_DEVICENAME_NOT_FOUND(659, "The media .INI file refers to an unknown device name."),
    /** 660: The device .INF file contains no responses for the command. */
    ERROR_NO_RESPONSES(660, "The device .INF file contains no responses for the command."),
    /** 661: The device .INF file is missing a command. */
    ERROR_NO_COMMAND_FOUND(661, "The device .INF file is missing a command."),
    /** 662: Attempted to set a macro not listed in device .INF file section. */
    ERROR_WRONG_KEY_SPECIFIED(662, "Attempted to set a macro not listed in device .INF file section."),
    /** 663: The media .INI file refers to an unknown device type. */
    ERROR_UNKNOWN_DEVICE_TYPE(663, "The media .INI file refers to an unknown device type."),
    /** 664: Cannot allocate memory. */
    ERROR_ALLOCATING_MEMORY(664, "Cannot allocate memory."),
    /** 665: The port is not configured for remote access. */
    ERROR_PORT_NOT_CONFIGURED(665, "The port is not configured for remote access."),
    /** 666: Your modem or other connection device is not functioning. */
    ERROR_DEVICE_NOT_READY(666, "Your modem or other connection device is not functioning."),
    /** 667: Cannot read the media .INI file. */
    ERROR_READING_INI_FILE(667, "Cannot read the media .INI file."),
    /** 668: The connection was dropped. */
    ERROR_NO_CONNECTION(668, "The connection was dropped."),
    /** 669: The usage parameter in the media .ini file is not valid. */
    ERROR_BAD_USAGE_IN_INI_FILE(669, "The usage parameter in the media .ini file is not valid."),
    /** 670: Cannot read the section name from the media .INI file. */
    ERROR_READING_SECTIONNAME(670, "Cannot read the section name from the media .INI file."),
    /** 671: Cannot read the device type from the media .INI file. */
    ERROR_READING_DEVICETYPE(671, "Cannot read the device type from the media .INI file."),
    /** 672: Cannot read the device name from the media .INI file. */
    ERROR_READING_DEVICENAME(672, "Cannot read the device name from the media .INI file."),
    /** 673: Cannot read the usage from the media .INI file. */
    ERROR_READING_USAGE(673, "Cannot read the usage from the media .INI file."),
    /** 674: The system was unable to read the maximum connection BPS rate from the media.INI file. */
    ERROR_READING_MAXCONNECTBPS(674,
            "The system was unable to read the maximum connection BPS rate from the media.INI file."),
    /** 675: The system was unable to read the maximum carrier connection speed from the media .INI file. */
    ERROR_READING_MAXCARRIERBPS(675,
            "The system was unable to read the maximum carrier connection speed from the media .INI file."),
    /** 676: The line is busy. */
    ERROR_LINE_BUSY(676, "The line is busy."),
    /** 677: A person answered instead of a modem. */
    ERROR_VOICE_ANSWER(677, "A person answered instead of a modem."),
    /** 678: There is no answer. */
    ERROR_NO_ANSWER(678, "There is no answer."),
    /** 679: Cannot detect a carrier signal. */
    ERROR_NO_CARRIER(679, "Cannot detect a carrier signal."),
    /** 680: There is no dial tone. */
    ERROR_NO_DIALTONE(680, "There is no dial tone."),
    /** 681: The modem (or other connecting device) reported a general error. */
    ERROR_IN_COMMAND(681, "The modem (or other connecting device) reported a general error."),
    /** 682: There was an error in writing the section name. */
    ERROR_WRITING_SECTIONNAME(682, "There was an error in writing the section name."),
    /** 683: There was an error in writing the device type. */
    ERROR_WRITING_DEVICETYPE(683, "There was an error in writing the device type."),
    /** 684: There was an error in writing the device name. */
    ERROR_WRITING_DEVICENAME(684, "There was an error in writing the device name."),
    /** 685: There was an error in writing the maximum connection speed. */
    ERROR_WRITING_MAXCONNECTBPS(685, "There was an error in writing the maximum connection speed."),
    /** 686: There was an error in writing the maximum carrier speed. */
    ERROR_WRITING_MAXCARRIERBPS(686, "There was an error in writing the maximum carrier speed."),
    /** 687: There was an error in writing the usage. */
    ERROR_WRITING_USAGE(687, "There was an error in writing the usage."),
    /** 688: There was an error in writing the default-off. */
    ERROR_WRITING_DEFAULTOFF(688, "There was an error in writing the default-off."),
    /** 689: There was an error in reading the default-off. */
    ERROR_READING_DEFAULTOFF(689, "There was an error in reading the default-off."),
    /** 690: The media .INI file is empty. */
    ERROR_EMPTY_INI_FILE(690, "The media .INI file is empty."),
    /** 691: Access denied because the user name, password, or both is not valid on the domain. */
    ERROR_AUTHENTICATION_FAILURE(691,
            "Access denied because the user name, password, or both is not valid on the domain."),
    /** 692: A hardware failure has occurred in the port or attached device. */
    ERROR_PORT_OR_DEVICE(692, "A hardware failure has occurred in the port or attached device."),
    /** 693: The macro is not a binary macro. */
    ERROR_NOT_BINARY_MACRO(693, "The macro is not a binary macro."),
    /** 694: DCB not found. */
    ERROR_DCB_NOT_FOUND(694, "DCB not found."),
    /** 695: State machines are not started. */
    ERROR_STATE_MACHINES_NOT_STARTED(695, "State machines are not started."),
    /** 696: State machines are already started. */
    ERROR_STATE_MACHINES_ALREADY_STARTED(696, "State machines are already started."),
    /** 697: Partial response looping. */
    ERROR_PARTIAL_RESPONSE_LOOPING(697, "Partial response looping."),
    /** 698: A response key name in the device .INF file is not in the expected format. */
    ERROR_UNKNOWN_RESPONSE_KEY(698, "A response key name in the device .INF file is not in the expected format."),
    /** 699: The device response caused a buffer overflow. */
    ERROR_RECV_BUF_FULL(699, "The device response caused a buffer overflow."),
    /** 700: The expanded command in the device .INF file is too long. */
    ERROR_CMD_TOO_LONG(700, "The expanded command in the device .INF file is too long."),
    /** 701: The device moved to a connection speed that is not supported by the COM driver. */
    ERROR_UNSUPPORTED_BPS(701, "The device moved to a connection speed that is not supported by the COM driver."),
    /** 702: Device response received when none expected. */
    ERROR_UNEXPECTED_RESPONSE(702, "Device response received when none expected."),
    /** 703: An error occurred because the interactive mode is enabled. */
    ERROR_INTERACTIVE_MODE(703, "An error occurred because the interactive mode is enabled."),
    /** 704: A bad callback number was specified. */
    ERROR_BAD_CALLBACK_NUMBER(704, "A bad callback number was specified."),
    /** 705: The specified authentication state is not valid. */
    ERROR_INVALID_AUTH_STATE(705, "The specified authentication state is not valid."),
    /** 706: An error occurred when writing the initial connection speed. */
    ERROR_WRITING_INITBPS(706, "An error occurred when writing the initial connection speed."),
    /** 707: An X.25 diagnostic indication was received. */
    ERROR_X25_DIAGNOSTIC(707, "An X.25 diagnostic indication was received."),
    /** 708: The specified account has expired. */
    ERROR_ACCT_EXPIRED(708, "The specified account has expired."),
    /** 709: An error occurred while attempting to change the password on the domain. */
    ERROR_CHANGING_PASSWORD(709, "An error occurred while attempting to change the password on the domain."),
    /** 710: Serial overrun errors were detected while communicating with your modem. */
    ERROR_OVERRUN(710, "Serial overrun errors were detected while communicating with your modem."),
    /** 711: RasMan initialization failure. Check the event log. */
    ERROR_RASMAN_CANNOT_INITIALIZE(711, "RasMan initialization failure. Check the event log."),
    /** 712: The two-way port is initializing. Wait a few seconds and redial. */
    ERROR_BIPLEX_PORT_NOT_AVAILABLE(712, "The two-way port is initializing. Wait a few seconds and redial."),
    /** 713: No active ISDN lines are available. */
    ERROR_NO_ACTIVE_ISDN_LINES(713, "No active ISDN lines are available."),
    /** 714: No ISDN channels are available to make the call. */
    ERROR_NO_ISDN_CHANNELS_AVAILABLE(714, "No ISDN channels are available to make the call."),
    /** 715: Too many errors occurred because of poor phone line quality. */
    ERROR_TOO_MANY_LINE_ERRORS(715, "Too many errors occurred because of poor phone line quality."),
    /** 716: The remote access IP configuration is unusable. */
    ERROR_IP_CONFIGURATION(716, "The remote access IP configuration is unusable."),
    /** 717: No IP addresses are available in the static pool of remote access IP addresses. */
    ERROR_NO_IP_ADDRESSES(717, "No IP addresses are available in the static pool of remote access IP addresses."),
    /** 718: A PPP timeout occurred. */
    ERROR_PPP_TIMEOUT(718, "A PPP timeout occurred."),
    /** 719: The connection was terminated by the remote computer. */
    ERROR_PPP_REMOTE_TERMINATED(719, "The connection was terminated by the remote computer."),
    /** 720: No PPP control protocols are configured. */
    ERROR_PPP_NO_PROTOCOLS_CONFIGURED(720, "No PPP control protocols are configured."),
    /** 721: The remote PPP peer is not responding. */
    ERROR_PPP_NO_RESPONSE(721, "The remote PPP peer is not responding."),
    /** 722: The PPP packet is not valid. */
    ERROR_PPP_INVALID_PACKET(722, "The PPP packet is not valid."),
    /** 723: The phone number, including the prefix and suffix, is too long. */
    ERROR_PHONE_NUMBER_TOO_LONG(723, "The phone number, including the prefix and suffix, is too long."),
    /**
     * 724: The IPX protocol cannot dial out on the modem (or other connecting device) because this computer
     * is not configured for dialing out (it is an IPX router).
     */
    ERROR_IPXCP_NO_DIALOUT_CONFIGURED(724,
            "The IPX protocol cannot dial out on the modem (or other connecting device) because this " +
            "computer is not configured for dialing out (it is an IPX router)."),
    /**
     * 725: The IPX protocol cannot dial in on the modem (or other connecting device) because this computer is
     * not configured for dialing in (the IPX router is not installed).
     */
    ERROR_IPXCP_NO_DIALIN_CONFIGURED(725,
            "The IPX protocol cannot dial in on the modem (or other connecting device) because this computer " +
            "is not configured for dialing in (the IPX router is not installed)."),
    /** 726: The IPX protocol cannot be used for dial-out on more than one port at a time. */
    ERROR_IPXCP_DIALOUT_ALREADY_ACTIVE(726,
            "The IPX protocol cannot be used for dial-out on more than one port at a time."),
    /** 727: Cannot access TCPCFG.DLL. */
    ERROR_ACCESSING_TCPCFGDLL(727, "Cannot access TCPCFG.DLL."),
    /** 728: Cannot find an IP adapter bound to remote access. */
    ERROR_NO_IP_RAS_ADAPTER(728, "Cannot find an IP adapter bound to remote access."),
    /** 729: SLIP cannot be used unless the IP protocol is installed. */
    ERROR_SLIP_REQUIRES_IP(729, "SLIP cannot be used unless the IP protocol is installed."),
    /** 730: Computer registration is not complete. */
    ERROR_PROJECTION_NOT_COMPLETE(730, "Computer registration is not complete."),
    /** 731: The specified protocol is not configured. */
    ERROR_PROTOCOL_NOT_CONFIGURED(731, "The specified protocol is not configured."),
    /** 732: The PPP negotiation is not converging. */
    ERROR_PPP_NOT_CONVERGING(732, "The PPP negotiation is not converging."),
    /** 733: The PPP control protocol for the specified network protocol is not available on the server. */
    ERROR_PPP_CP_REJECTED(733,
            "The PPP control protocol for the specified network protocol is not available on the server."),
    /** 734: The PPP link control protocol was terminated. */
    ERROR_PPP_LCP_TERMINATED(734, "The PPP link control protocol was terminated."),
    /** 735: The requested address was rejected by the server. */
    ERROR_PPP_REQUIRED_ADDRESS_REJECTED(735, "The requested address was rejected by the server."),
    /** 736: The remote computer terminated the control protocol. */
    ERROR_PPP_NCP_TERMINATED(736, "The remote computer terminated the control protocol."),
    /** 737: Loopback detected. */
    ERROR_PPP_LOOPBACK_DETECTED(737, "Loopback detected."),
    /** 738: The server did not assign an address. */
    ERROR_PPP_NO_ADDRESS_ASSIGNED(738, "The server did not assign an address."),
    /** 739: The remote server cannot use the Windows NT encrypted password. */
    ERROR_CANNOT_USE_LOGON_CREDENTIALS(739, "The remote server cannot use the Windows NT encrypted password."),
    /**
     * 740: The TAPI devices configured for remote access failed to initialize or were not installed
     * correctly.
     */
    ERROR_TAPI_CONFIGURATION(740,
            "The TAPI devices configured for remote access failed to initialize or were not installed " +
            "correctly."),
    /** 741: The local computer does not support encryption. */
    ERROR_NO_LOCAL_ENCRYPTION(741, "The local computer does not support encryption."),
    /** 742: The remote server does not support encryption. */
    ERROR_NO_REMOTE_ENCRYPTION(742, "The remote server does not support encryption."),
    /** 743: The remote computer requires data encryption. */
    ERROR_REMOTE_REQUIRES_ENCRYPTION(743, "The remote computer requires data encryption."),
    /**
     * 744: The system cannot use the IPX network number assigned by the remote computer. Additional
     * information is provided in the event log.
     */
    ERROR_IPXCP_NET_NUMBER_CONFLICT(744,
            "The system cannot use the IPX network number assigned by the remote computer. Additional " +
            "information is provided in the event log."),
    /** 745: The Session Management Module (SMM) is not valid. */
    ERROR_INVALID_SMM(745, "The Session Management Module (SMM) is not valid."),
    /** 746: The SMM is uninitialized. */
    ERROR_SMM_UNINITIALIZED(746, "The SMM is uninitialized."),
    /** 747: No MAC for port. */
    ERROR_NO_MAC_FOR_PORT(747, "No MAC for port."),
    /** 748: The SMM timed out. */
    ERROR_SMM_TIMEOUT(748, "The SMM timed out."),
    /** 749: A bad phone number was specified. */
    ERROR_BAD_PHONE_NUMBER(749, "A bad phone number was specified."),
    /** 750: The wrong SMM was specified. */
    ERROR_WRONG_MODULE(750, "The wrong SMM was specified."),
    /**
     * 751: The callback number contains a character that is not valid. Only the following 18 characters are
     * allowed: 0 to 9, T, P, W, (, ), -, @, and space.
     */
    ERROR_INVALID_CALLBACK_NUMBER(751,
            "The callback number contains a character that is not valid. Only the following 18 characters " +
            "are allowed: 0 to 9, T, P, W, (, ), -, @, and space."),
    /** 752: A syntax error was encountered while processing a script. */
    ERROR_SCRIPT_SYNTAX(752, "A syntax error was encountered while processing a script."),
    /** 753: The connection could not be disconnected because it was created by the multi-protocol router. */
    ERROR_HANGUP_FAILED(753,
            "The connection could not be disconnected because it was created by the multi-protocol router."),
    /** 754: The system could not find the multi-link bundle. */
    ERROR_BUNDLE_NOT_FOUND(754, "The system could not find the multi-link bundle."),
    /**
     * 755: The system cannot perform automated dial because this connection has a custom dialer specified.
     */
    ERROR_CANNOT_DO_CUSTOMDIAL(755,
            "The system cannot perform automated dial because this connection has a custom dialer specified."),
    /** 756: This connection is already being dialed. */
    ERROR_DIAL_ALREADY_IN_PROGRESS(756, "This connection is already being dialed."),
    /** 757: RAS could not be started automatically. Additional information is provided in the event log. */
    ERROR_RASAUTO_CANNOT_INITIALIZE(757,
            "RAS could not be started automatically. Additional information is provided in the event log."),
    /** 758: Internet Connection Sharing (ICS) is already enabled on the connection. */
    ERROR_CONNECTION_ALREADY_SHARED(758, "Internet Connection Sharing (ICS) is already enabled on the connection."),
    /** 759: An error occurred while the existing Internet Connection Sharing settings were being changed. */
    ERROR_SHARING_CHANGE_FAILED(759,
            "An error occurred while the existing Internet Connection Sharing settings were being changed."),
    /** 760: An error occurred while routing capabilities were being enabled. */
    ERROR_SHARING_ROUTER_INSTALL(760, "An error occurred while routing capabilities were being enabled."),
    /** 761: An error occurred while Internet Connection Sharing was being enabled for the connection. */
    ERROR_SHARE_CONNECTION_FAILED(761,
            "An error occurred while Internet Connection Sharing was being enabled for the connection."),
    /** 762: An error occurred while the local network was being configured for sharing. */
    ERROR_SHARING_PRIVATE_INSTALL(762, "An error occurred while the local network was being configured for sharing."),
    /**
     * 763: Internet Connection Sharing cannot be enabled. There is more than one LAN connection other than
     * the connection to be shared.
     */
    ERROR_CANNOT_SHARE_CONNECTION(763,
            "Internet Connection Sharing cannot be enabled. There is more than one LAN connection other than " +
            "the connection to be shared."),
    /** 764: No smart card reader is installed. */
    ERROR_NO_SMART_CARD_READER(764, "No smart card reader is installed."),
    /**
     * 765: Internet Connection Sharing cannot be enabled. A LAN connection is already configured with the IP
     * address that is required for automatic IP addressing.
     */
    ERROR_SHARING_ADDRESS_EXISTS(765,
            "Internet Connection Sharing cannot be enabled. A LAN connection is already configured with the " +
            "IP address that is required for automatic IP addressing."),
    /**
     * 766: A certificate could not be found. Connections that use the L2TP protocol over IPSec require the
     * installation of a machine certificate, also known as a computer certificate.
     */
    ERROR_NO_CERTIFICATE(766,
            "A certificate could not be found. Connections that use the L2TP protocol over IPSec require the " +
            "installation of a machine certificate, also known as a computer certificate."),
    /**
     * 767: Internet Connection Sharing cannot be enabled. The LAN connection selected as the private network
     * has more than one IP address configured. Please reconfigure the LAN connection with a single IP address
     * before enabling Internet Connection Sharing.
     */
    ERROR_SHARING_MULTIPLE_ADDRESSES(767,
            "Internet Connection Sharing cannot be enabled. The LAN connection selected as the private " +
            "network has more than one IP address configured. Please reconfigure the LAN connection with a " +
            "single IP address before enabling Internet Connection Sharing."),
    /** 768: The connection attempt failed because of failure to encrypt data. */
    ERROR_FAILED_TO_ENCRYPT(768, "The connection attempt failed because of failure to encrypt data."),
    /** 769: The specified destination is not reachable. */
    ERROR_BAD_ADDRESS_SPECIFIED(769, "The specified destination is not reachable."),
    /** 770: The remote computer rejected the connection attempt. */
    ERROR_CONNECTION_REJECT(770, "The remote computer rejected the connection attempt."),
    /** 771: The connection attempt failed because the network is busy. */
    ERROR_CONGESTION(771, "The connection attempt failed because the network is busy."),
    /** 772: The remote computer's network hardware is incompatible with the type of call requested. */
    ERROR_INCOMPATIBLE(772, "The remote computer's network hardware is incompatible with the type of call requested."),
    /** 773: The connection attempt failed because the destination number has changed. */
    ERROR_NUMBERCHANGED(773, "The connection attempt failed because the destination number has changed."),
    /** 774: The connection attempt failed because of a temporary failure. Try connecting again. */
    ERROR_TEMPFAILURE(774, "The connection attempt failed because of a temporary failure. Try connecting again."),
    /** 775: The call was blocked by the remote computer. */
    ERROR_BLOCKED(775, "The call was blocked by the remote computer."),
    /**
     * 776: The call could not be connected because the remote computer has invoked the Do Not Disturb
     * feature.
     */
    ERROR_DONOTDISTURB(776,
            "The call could not be connected because the remote computer has invoked the Do Not Disturb " +
            "feature."),
    /**
     * 777: The connection attempt failed because the modem or other connection device on the remote computer
     * is out of order.
     */
    ERROR_OUTOFORDER(777,
            "The connection attempt failed because the modem or other connection device on the remote " +
            "computer is out of order."),
    /** 778: It was not possible to verify the identity of the server. */
    ERROR_UNABLE_TO_AUTHENTICATE_SERVER(778, "It was not possible to verify the identity of the server."),
    /** 779: To dial out using this connection you must use a smart card. */
    ERROR_SMART_CARD_REQUIRED(779, "To dial out using this connection you must use a smart card."),
    /** 780: An attempted function is not valid for this connection. */
    ERROR_INVALID_FUNCTION_FOR_ENTRY(780, "An attempted function is not valid for this connection."),
    /** 781: The encryption attempt failed because no valid certificate was found. */
    ERROR_CERT_FOR_ENCRYPTION_NOT_FOUND(781, "The encryption attempt failed because no valid certificate was found."),
    /**
     * 782: Connection Sharing (NAT) is currently installed as a routing protocol, and must be removed before
     * enabling Internet Connection Sharing.
     */
    ERROR_SHARING_RRAS_CONFLICT(782,
            "Connection Sharing (NAT) is currently installed as a routing protocol, and must be removed " +
            "before enabling Internet Connection Sharing."),
    /**
     * 783: Internet Connection Sharing cannot be enabled. The LAN connection selected as the private network
     * is either not present, or is disconnected from the network. Please ensure that the LAN adapter is
     * connected before enabling Internet Connection Sharing.
     */
    ERROR_SHARING_NO_PRIVATE_LAN(783,
            "Internet Connection Sharing cannot be enabled. The LAN connection selected as the private " +
            "network is either not present, or is disconnected from the network. Please ensure that the LAN " +
            "adapter is connected before enabling Internet Connection Sharing."),
    /**
     * 784: You cannot dial using this connection at login time because it is configured to use a user name
     * different than the one on the smart card. If you want to use this connection at login time, you must
     * configure it to use the user name on the smart card.
     */
    ERROR_NO_DIFF_USER_AT_LOGON(784,
            "You cannot dial using this connection at login time because it is configured to use a user name " +
            "different than the one on the smart card. If you want to use this connection at login time, you " +
            "must configure it to use the user name on the smart card."),
    /**
     * 785: You cannot dial using this connection at login time because it is not configured to use a smart
     * card. If you want to use it at login time, you must edit the properties of this connection so that it
     * uses a smart card.
     */
    ERROR_NO_REG_CERT_AT_LOGON(785,
            "You cannot dial using this connection at login time because it is not configured to use a smart " +
            "card. If you want to use it at login time, you must edit the properties of this connection so " +
            "that it uses a smart card."),
    /**
     * 786: The L2TP connection attempt failed because there is no valid machine certificate on your computer
     * for security authentication.
     */
    ERROR_OAKLEY_NO_CERT(786,
            "The L2TP connection attempt failed because there is no valid machine certificate on your " +
            "computer for security authentication."),
    /**
     * 787: The L2TP connection attempt failed because the security layer could not authenticate the remote
     * computer.
     */
    ERROR_OAKLEY_AUTH_FAIL(787,
            "The L2TP connection attempt failed because the security layer could not authenticate the remote " +
            "computer."),
    /**
     * 788: The L2TP connection attempt failed because the security layer could not negotiate compatible
     * parameters with the remote computer.
     */
    ERROR_OAKLEY_ATTRIB_FAIL(788,
            "The L2TP connection attempt failed because the security layer could not negotiate compatible " +
            "parameters with the remote computer."),
    /**
     * 789: The L2TP connection attempt failed because the security layer encountered a processing error
     * during initial negotiations with the remote computer.
     */
    ERROR_OAKLEY_GENERAL_PROCESSING(789,
            "The L2TP connection attempt failed because the security layer encountered a processing error " +
            "during initial negotiations with the remote computer."),
    /**
     * 790: The L2TP connection attempt failed because certificate validation on the remote computer failed.
     */
    ERROR_OAKLEY_NO_PEER_CERT(790,
            "The L2TP connection attempt failed because certificate validation on the remote computer " +
            "failed."),
    /** 791: The L2TP connection attempt failed because security policy for the connection was not found. */
    ERROR_OAKLEY_NO_POLICY(791,
            "The L2TP connection attempt failed because security policy for the connection was not found."),
    /** 792: The L2TP connection attempt failed because security negotiation timed out. */
    ERROR_OAKLEY_TIMED_OUT(792, "The L2TP connection attempt failed because security negotiation timed out."),
    /** 793: The L2TP connection attempt failed because an error occurred while negotiating security. */
    ERROR_OAKLEY_ERROR(793, "The L2TP connection attempt failed because an error occurred while negotiating security."),
    /** 794: The Framed Protocol RADIUS attribute for this user is not PPP. */
    ERROR_UNKNOWN_FRAMED_PROTOCOL(794, "The Framed Protocol RADIUS attribute for this user is not PPP."),
    /** 795: The Tunnel Type RADIUS attribute for this user is not correct. */
    ERROR_WRONG_TUNNEL_TYPE(795, "The Tunnel Type RADIUS attribute for this user is not correct."),
    /** 796: The Service Type RADIUS attribute for this user is neither Framed nor Callback Framed. */
    ERROR_UNKNOWN_SERVICE_TYPE(796,
            "The Service Type RADIUS attribute for this user is neither Framed nor Callback Framed."),
    /**
     * 797: A connection to the remote computer could not be established because the modem was not found or
     * was busy.
     */
    ERROR_CONNECTING_DEVICE_NOT_FOUND(797,
            "A connection to the remote computer could not be established because the modem was not found or " +
            "was busy."),
    /**
     * 798: A certificate could not be found that can be used with the Extensible Authentication Protocol
     * (EAP).
     */
    ERROR_NO_EAPTLS_CERTIFICATE(798,
            "A certificate could not be found that can be used with the Extensible Authentication Protocol " +
            "(EAP)."),
    /**
     * 799: Internet Connection Sharing (ICS) cannot be enabled due to an IP address conflict on the network.
     * ICS requires the host be configured to use 192.168.0.1. Ensure that no other client on the network is
     * configured to use 192.168.0.1.
     */
    ERROR_SHARING_HOST_ADDRESS_CONFLICT(799,
            "Internet Connection Sharing (ICS) cannot be enabled due to an IP address conflict on the " +
            "network. ICS requires the host be configured to use 192.168.0.1. Ensure that no other client on " +
            "the network is configured to use 192.168.0.1."),
    /**
     * 800: Unable to establish the VPN connection. The VPN server may be unreachable, or security parameters
     * may not be configured properly for this connection.
     */
    ERROR_AUTOMATIC_VPN_FAILED(800,
            "Unable to establish the VPN connection. The VPN server may be unreachable, or security " +
            "parameters may not be configured properly for this connection."),
    /**
     * 801: This connection is configured to validate the identity of the access server, but Windows cannot
     * verify the digital certificate sent by the server.
     */
    ERROR_VALIDATING_SERVER_CERT(801,
            "This connection is configured to validate the identity of the access server, but Windows cannot " +
            "verify the digital certificate sent by the server."),
    /**
     * 802: The card supplied was not recognized. Please check that the card is inserted correctly, and fits
     * securely.
     */
    ERROR_READING_SCARD(802,
            "The card supplied was not recognized. Please check that the card is inserted correctly, and " +
            "fits securely."),
    /**
     * 803: The PEAP configuration stored in the session cookie does not match the current session
     * configuration.
     */
    ERROR_INVALID_PEAP_COOKIE_CONFIG(803,
            "The PEAP configuration stored in the session cookie does not match the current session " +
            "configuration."),
    /** 804: The PEAP identity stored in the session cookie does not match the current identity. */
    ERROR_INVALID_PEAP_COOKIE_USER(804,
            "The PEAP identity stored in the session cookie does not match the current identity."),
    /**
     * 805: You cannot dial using this connection at login time because it is configured to use the
     * currently-logged-in user's credentials.
     */
    ERROR_INVALID_MSCHAPV2_CONFIG(805,
            "You cannot dial using this connection at login time because it is configured to use the " +
            "currently-logged-in user's credentials."),
    /**
     * 806: A connection between your computer and the VPN server has been started, but the VPN connection
     * cannot be completed. The most common cause for this is that at least one Internet device (for example,
     * a firewall or a router) between your computer and the VPN server is not configured to allow Generic
     * Routing Encapsulation (GRE) protocol packets.
     */
    ERROR_VPN_GRE_BLOCKED(806,
            "A connection between your computer and the VPN server has been started, but the VPN connection " +
            "cannot be completed. The most common cause for this is that at least one Internet device (for " +
            "example, a firewall or a router) between your computer and the VPN server is not configured to " +
            "allow Generic Routing Encapsulation (GRE) protocol packets."),
    /**
     * 807: The network connection between your computer and the VPN server was interrupted. This can be
     * caused by a problem in the VPN transmission and is commonly the result of internet latency or simply
     * that your VPN server has reached capacity. Try to reconnect to the VPN server.
     */
    ERROR_VPN_DISCONNECT(807,
            "The network connection between your computer and the VPN server was interrupted. This can be " +
            "caused by a problem in the VPN transmission and is commonly the result of internet latency or " +
            "simply that your VPN server has reached capacity. Try to reconnect to the VPN server."),
    /**
     * 808: The network connection between your computer and the VPN server could not be established because
     * the remote server refused the connection. This is typically caused by a mismatch between the server's
     * configuration and your connection settings.
     */
    ERROR_VPN_REFUSED(808,
            "The network connection between your computer and the VPN server could not be established " +
            "because the remote server refused the connection. This is typically caused by a mismatch " +
            "between the server's configuration and your connection settings."),
    /**
     * 809: The network connection between your computer and the VPN server could not be established because
     * the remote server is not responding. This could be because one of the network devices (for example,
     * firewalls, NAT, routers) between your computer and the remote server is not configured to allow VPN
     * connections.
     */
    ERROR_VPN_TIMEOUT(809,
            "The network connection between your computer and the VPN server could not be established " +
            "because the remote server is not responding. This could be because one of the network devices " +
            "(for example, firewalls, NAT, routers) between your computer and the remote server is not " +
            "configured to allow VPN connections."),
    /**
     * 810: A network connection between your computer and the VPN server was started, but the VPN connection
     * was not completed. This is typically caused by the use of an incorrect or expired certificate for
     * authentication between the client and the server.
     */
    ERROR_VPN_BAD_CERT(810,
            "A network connection between your computer and the VPN server was started, but the VPN " +
            "connection was not completed. This is typically caused by the use of an incorrect or expired " +
            "certificate for authentication between the client and the server."),
    /**
     * 811: The network connection between your computer and the VPN server could not be established because
     * the remote server is not responding. This is typically caused by a pre-shared key problem between the
     * client and server. A pre-shared key is used to guarantee you are who you say you are in an IP Security
     * (IPSec) communication cycle.
     */
    ERROR_VPN_BAD_PSK(811,
            "The network connection between your computer and the VPN server could not be established " +
            "because the remote server is not responding. This is typically caused by a pre-shared key " +
            "problem between the client and server. A pre-shared key is used to guarantee you are who you " +
            "say you are in an IP Security (IPSec) communication cycle."),
    /**
     * 812: The connection was prevented because of a policy configured on your RAS/VPN server. Specifically,
     * the authentication method used by the server to verify your username and password may not match the
     * authentication method configured in your connection profile.
     */
    ERROR_SERVER_POLICY(812,
            "The connection was prevented because of a policy configured on your RAS/VPN server. " +
            "Specifically, the authentication method used by the server to verify your username and password " +
            "may not match the authentication method configured in your connection profile."),
    /**
     * 813: You have attempted to establish a second broadband connection while a previous broadband
     * connection is already established using the same device or port.
     */
    ERROR_BROADBAND_ACTIVE(813,
            "You have attempted to establish a second broadband connection while a previous broadband " +
            "connection is already established using the same device or port."),
    /** 814: The underlying Ethernet connectivity required for the broadband connection was not found. */
    ERROR_BROADBAND_NO_NIC(814,
            "The underlying Ethernet connectivity required for the broadband connection was not found."),
    /**
     * 815: The broadband network connection could not be established on your computer because the remote
     * server is not responding. This could be caused by a value that is not valid for the 'Service Name'
     * field for this connection.
     */
    ERROR_BROADBAND_TIMEOUT(815,
            "The broadband network connection could not be established on your computer because the remote " +
            "server is not responding. This could be caused by a value that is not valid for the 'Service " +
            "Name' field for this connection."),
    /**
     * 816: A feature or setting you have tried to enable is no longer supported by the remote access service.
     */
    ERROR_FEATURE_DEPRECATED(816,
            "A feature or setting you have tried to enable is no longer supported by the remote access " +
            "service."),
    /** 817: Cannot delete a connection while it is connected. */
    ERROR_CANNOT_DELETE(817, "Cannot delete a connection while it is connected."),
    /**
     * 818: The Network Access Protection (NAP) enforcement client could not create system resources for
     * remote access connections. Some network services or resources might not be available.
     */
    ERROR_RASQEC_RESOURCE_CREATION_FAILED(818,
            "The Network Access Protection (NAP) enforcement client could not create system resources for " +
            "remote access connections. Some network services or resources might not be available."),
    /**
     * 819: The Network Access Protection Agent (NAP Agent) service has been disabled or is not installed on
     * this computer. Some network services or resources might not be available.
     */
    ERROR_RASQEC_NAPAGENT_NOT_ENABLED(819,
            "The Network Access Protection Agent (NAP Agent) service has been disabled or is not installed " +
            "on this computer. Some network services or resources might not be available."),
    /**
     * 820: The Network Access Protection (NAP) enforcement client failed to register with the Network Access
     * Protection Agent (NAP Agent) service. Some network services or resources might not be available.
     */
    ERROR_RASQEC_NAPAGENT_NOT_CONNECTED(820,
            "The Network Access Protection (NAP) enforcement client failed to register with the Network " +
            "Access Protection Agent (NAP Agent) service. Some network services or resources might not be " +
            "available."),
    /**
     * 821: The Network Access Protection (NAP) enforcement client was unable to process the request because
     * the remote access connection does not exist.
     */
    ERROR_RASQEC_CONN_DOESNOTEXIST(821,
            "The Network Access Protection (NAP) enforcement client was unable to process the request " +
            "because the remote access connection does not exist."),
    /**
     * 822: The Network Access Protection (NAP) enforcement client did not respond. Some network services or
     * resources might not be available.
     */
    ERROR_RASQEC_TIMEOUT(822,
            "The Network Access Protection (NAP) enforcement client did not respond. Some network services " +
            "or resources might not be available."),
    /** 823: The Crypto-Binding type-length-value (TLV) received is not valid. */
    ERROR_PEAP_CRYPTOBINDING_INVALID(823, "The Crypto-Binding type-length-value (TLV) received is not valid."),
    /** 824: Crypto-Binding TLV was not received. */
    ERROR_PEAP_CRYPTOBINDING_NOTRECEIVED(824, "Crypto-Binding TLV was not received."),
    /**
     * 825: Point-to-Point Tunneling Protocol (PPTP) is incompatible with IPv6. Change the type of virtual
     * private network to Layer Two Tunneling Protocol (L2TP).
     */
    ERROR_INVALID_VPNSTRATEGY(825,
            "Point-to-Point Tunneling Protocol (PPTP) is incompatible with IPv6. Change the type of virtual " +
            "private network to Layer Two Tunneling Protocol (L2TP)."),
    /** 826: EAPTLS validation of the cached credentials failed. Discard cached credentials. */
    ERROR_EAPTLS_CACHE_CREDENTIALS_INVALID(826,
            "EAPTLS validation of the cached credentials failed. Discard cached credentials."),
    /**
     * 827: The L2TP/IPsec connection cannot be completed because the IKE and AuthIP IPSec Keying Modules
     * service and/or the Base Filtering Engine service is not running. These services are required to
     * establish an L2TP/IPSec connection.
     */
    ERROR_IPSEC_SERVICE_STOPPED(827,
            "The L2TP/IPsec connection cannot be completed because the IKE and AuthIP IPSec Keying Modules " +
            "service and/or the Base Filtering Engine service is not running. These services are required to " +
            "establish an L2TP/IPSec connection."),
    /** 828: The connection was terminated because of idle timeout. */
    ERROR_IDLE_TIMEOUT(828, "The connection was terminated because of idle timeout."),
    /** 829: The modem (or other connecting device) was disconnected due to link failure. */
    ERROR_LINK_FAILURE(829, "The modem (or other connecting device) was disconnected due to link failure."),
    /** 830: The connection was terminated because user logged off. */
    ERROR_USER_LOGOFF(830, "The connection was terminated because user logged off."),
    /** 831: The connection was terminated because user switch happened. */
    ERROR_FAST_USER_SWITCH(831, "The connection was terminated because user switch happened."),
    /** 832: The connection was terminated because of hibernation. */
    ERROR_HIBERNATION(832, "The connection was terminated because of hibernation."),
    /** 833: The connection was terminated because the system got suspended. */
    ERROR_SYSTEM_SUSPENDED(833, "The connection was terminated because the system got suspended."),
    /** 834: The connection was terminated because Remote Access Connection manager stopped. */
    ERROR_RASMAN_SERVICE_STOPPED(834,
            "The connection was terminated because Remote Access Connection manager stopped."),
    /**
     * 835: The L2TP connection attempt failed because the security layer could not authenticate the remote
     * computer. This could be because one or more fields of the certificate presented by the remote server
     * could not be validated as belonging to the target destination.
     */
    ERROR_INVALID_SERVER_CERT(835,
            "The L2TP connection attempt failed because the security layer could not authenticate the remote " +
            "computer. This could be because one or more fields of the certificate presented by the remote " +
            "server could not be validated as belonging to the target destination."),
    /** 836: The machine is not NAP capable. */
    ERROR_NOT_NAP_CAPABLE(836, "The machine is not NAP capable."),
    /** 837: Invalid Tunnel ID. */
    ERROR_INVALID_TUNNELID(837, "Invalid Tunnel ID."),
    /**
     * 838: Another update connection request is in progress. RAS allows only one update connection request at
     * a time.
     */
    ERROR_UPDATECONNECTION_REQUEST_IN_PROCESS(838,
            "Another update connection request is in progress. RAS allows only one update connection request " +
            "at a time."),
    /**
     * 839: Negotiating using configured protocol is disable. Edit connection properties and select different
     * protocol for negotiation and try again.
     */
    ERROR_PROTOCOL_ENGINE_DISABLED(839,
            "Negotiating using configured protocol is disable. Edit connection properties and select " +
            "different protocol for negotiation and try again."),
    /** 840: Internal address negotiation failed. */
    ERROR_INTERNAL_ADDRESS_FAILURE(840, "Internal address negotiation failed."),
    /** 841: Client has to request an Internal IPv4 or IPv6 address. */
    ERROR_FAILED_CP_REQUIRED(841, "Client has to request an Internal IPv4 or IPv6 address."),
    /** 842: Traffic Selectors negotiation failed. */
    ERROR_TS_UNACCEPTABLE(842, "Traffic Selectors negotiation failed."),
    /** 843: Mobility is disabled for this connection. */
    ERROR_MOBIKE_DISABLED(843, "Mobility is disabled for this connection."),
    /**
     * 844: The VPN Connection is still connecting or re-authenticating because of Quarantine state change.
     * Initiate mobile update only when connection state is 'Connected'.
     */
    ERROR_CANNOT_INITIATE_MOBIKE_UPDATE(844,
            "The VPN Connection is still connecting or re-authenticating because of Quarantine state change. " +
            "Initiate mobile update only when connection state is 'Connected'."),
    /** 845: Server rejected client authentication, due to unexpected TLV or value mismatch for a TLV. */
    ERROR_PEAP_SERVER_REJECTED_CLIENT_TLV(845,
            "Server rejected client authentication, due to unexpected TLV or value mismatch for a TLV."),
    /** 846: Either VPN destination preference is not selected by the user or it is no longer valid. */
    ERROR_INVALID_PREFERENCES(846,
            "Either VPN destination preference is not selected by the user or it is no longer valid."),
    /** 847: Cached smart card credential is invalid. */
    ERROR_EAPTLS_SCARD_CACHE_CREDENTIALS_INVALID(847, "Cached smart card credential is invalid."),
    /**
     * 848: VPN connection attempt failed due to internal error occurred while adding cookies to the Secure
     * Socket Tunneling Protocol (SSTP). Please see the System Event Log for the detailed information.
     */
    ERROR_SSTP_COOKIE_SET_FAILURE(848,
            "VPN connection attempt failed due to internal error occurred while adding cookies to the Secure " +
            "Socket Tunneling Protocol (SSTP). Please see the System Event Log for the detailed information."),
    /** 849: The PEAP inner method attribute(s) stored in the cookie is/are invalid. */
    ERROR_INVALID_PEAP_COOKIE_ATTRIBUTES(849,
            "The PEAP inner method attribute(s) stored in the cookie is/are invalid."),
    /**
     * 850: The Extensible Authentication Protocol type required for authentication of the remote access
     * connection is not installed on your computer.
     */
    ERROR_EAP_METHOD_NOT_INSTALLED(850,
            "The Extensible Authentication Protocol type required for authentication of the remote access " +
            "connection is not installed on your computer."),
    /**
     * 851: The Extensible Authentication Protocol type configured on the remote access connection does not
     * support single sign-on.
     */
    ERROR_EAP_METHOD_DOES_NOT_SUPPORT_SSO(851,
            "The Extensible Authentication Protocol type configured on the remote access connection does not " +
            "support single sign-on."),
    /**
     * 852: The Extensible Authentication Protocol type configured on the remote access connection does not
     * support the requested operation.
     */
    ERROR_EAP_METHOD_OPERATION_NOT_SUPPORTED(852,
            "The Extensible Authentication Protocol type configured on the remote access connection does not " +
            "support the requested operation."),
    /**
     * 853: The remote access connection completed, but authentication failed because the certificate that
     * authenticates the client to the server is not valid. Ensure that the certificate used for
     * authentication is valid.
     */
    ERROR_EAP_USER_CERT_INVALID(853,
            "The remote access connection completed, but authentication failed because the certificate that " +
            "authenticates the client to the server is not valid. Ensure that the certificate used for " +
            "authentication is valid."),
    /**
     * 854: The remote access connection completed, but authentication failed because the certificate that
     * authenticates the client to the server is expired. Renew the certificate.
     */
    ERROR_EAP_USER_CERT_EXPIRED(854,
            "The remote access connection completed, but authentication failed because the certificate that " +
            "authenticates the client to the server is expired. Renew the certificate."),
    /**
     * 855: The remote access connection completed, but authentication failed because the certificate that
     * authenticates the client to the server is revoked. Use a certificate that has not been revoked.
     */
    ERROR_EAP_USER_CERT_REVOKED(855,
            "The remote access connection completed, but authentication failed because the certificate that " +
            "authenticates the client to the server is revoked. Use a certificate that has not been revoked."),
    /**
     * 856: The remote access connection completed, but authentication failed because of an error in the
     * certificate that authenticates the client to the server.
     */
    ERROR_EAP_USER_CERT_OTHER_ERROR(856,
            "The remote access connection completed, but authentication failed because of an error in the " +
            "certificate that authenticates the client to the server."),
    /**
     * 857: The remote access connection completed, but authentication failed because the certificate that the
     * client uses to authenticate the server is not valid.
     */
    ERROR_EAP_SERVER_CERT_INVALID(857,
            "The remote access connection completed, but authentication failed because the certificate that " +
            "the client uses to authenticate the server is not valid."),
    /**
     * 858: The remote access connection completed, but authentication failed because the certificate that the
     * client uses to authenticate the server is expired.
     */
    ERROR_EAP_SERVER_CERT_EXPIRED(858,
            "The remote access connection completed, but authentication failed because the certificate that " +
            "the client uses to authenticate the server is expired."),
    /**
     * 859: The remote access connection completed, but authentication failed because the certificate that the
     * client uses to authenticate the server is revoked.
     */
    ERROR_EAP_SERVER_CERT_REVOKED(859,
            "The remote access connection completed, but authentication failed because the certificate that " +
            "the client uses to authenticate the server is revoked."),
    /**
     * 860: The remote access connection completed, but authentication failed because of an error in the
     * certificate that the client uses to authenticate the server.
     */
    ERROR_EAP_SERVER_CERT_OTHER_ERROR(860,
            "The remote access connection completed, but authentication failed because of an error in the " +
            "certificate that the client uses to authenticate the server."),
    /**
     * 861: The remote access connection completed, but authentication failed because a trusted root
     * certificate that validates the user certificate was not found in the Trusted Root Certification
     * Authorities certificate store.
     */
    ERROR_EAP_USER_ROOT_CERT_NOT_FOUND(861,
            "The remote access connection completed, but authentication failed because a trusted root " +
            "certificate that validates the user certificate was not found in the Trusted Root Certification " +
            "Authorities certificate store."),
    /**
     * 862: The remote access connection completed, but authentication failed because the trusted root
     * certificate that is used to validate the user certificate is not valid.
     */
    ERROR_EAP_USER_ROOT_CERT_INVALID(862,
            "The remote access connection completed, but authentication failed because the trusted root " +
            "certificate that is used to validate the user certificate is not valid."),
    /**
     * 863: The remote access connection completed, but authentication failed because the certificate in the
     * Trusted Root Certification Authorities certificate store that authenticates the user certificate is
     * expired. Renew the certificate.
     */
    ERROR_EAP_USER_ROOT_CERT_EXPIRED(863,
            "The remote access connection completed, but authentication failed because the certificate in " +
            "the Trusted Root Certification Authorities certificate store that authenticates the user " +
            "certificate is expired. Renew the certificate."),
    /**
     * 864: The remote access connection completed, but authentication failed because a certificate that
     * validates the server certificate was not found in the Trusted Root Certification Authorities
     * certificate store.
     */
    ERROR_EAP_SERVER_ROOT_CERT_NOT_FOUND(864,
            "The remote access connection completed, but authentication failed because a certificate that " +
            "validates the server certificate was not found in the Trusted Root Certification Authorities " +
            "certificate store."),
    /**
     * 865: The remote access connection completed, but authentication failed because the certificate in the
     * Trusted Root Certification Authorities certificate store that validates the server certificate is not
     * valid.
     */
    ERROR_EAP_SERVER_ROOT_CERT_INVALID(865,
            "The remote access connection completed, but authentication failed because the certificate in " +
            "the Trusted Root Certification Authorities certificate store that validates the server " +
            "certificate is not valid."),
    /**
     * 866: The remote access connection completed, but authentication failed because the certificate on the
     * server computer does not have a server name specified.
     */
    ERROR_EAP_SERVER_ROOT_CERT_NAME_REQUIRED(866,
            "The remote access connection completed, but authentication failed because the certificate on " +
            "the server computer does not have a server name specified."),
    /** 867: The PEAP outer identity is not same as the inner identity when identity privacy is turned OFF. */
    ERROR_PEAP_IDENTITY_MISMATCH(867,
            "The PEAP outer identity is not same as the inner identity when identity privacy is turned OFF."),
    /**
     * 868: The remote connection was not made because the name of the remote access server did not resolve.
     */
    ERROR_DNSNAME_NOT_RESOLVABLE(868,
            "The remote connection was not made because the name of the remote access server did not " +
            "resolve."),
    /** 869: The password provided for the certificate is not valid. */
    ERROR_EAPTLS_PASSWD_INVALID(869, "The password provided for the certificate is not valid."),
    /**
     * 870: The interface could not be enabled because more than one interface with the same destination has
     * been created with the pre-shared key authentication method. Change the destination/auth method and
     * enable the interface.
     */
    ERROR_IKEV2_PSK_INTERFACE_ALREADY_EXISTS(870,
            "The interface could not be enabled because more than one interface with the same destination " +
            "has been created with the pre-shared key authentication method. Change the destination/auth " +
            "method and enable the interface.");

    private static final Map<Integer, RasError> BY_CODE = new HashMap<>();

    static {
        for (RasError error : values()) {
            BY_CODE.put(error.code, error);
        }
    }

    private final int code;
    private final String message;

    RasError(int code, String message) {
        this.code = code;
        this.message = message;
    }

    /** {@return the numeric code a Win32 function returns} */
    public int code() {
        return code;
    }

    /** {@return the message Windows gives for the code} */
    public String message() {
        return message;
    }

    /**
     * {@return the error with this code, if the catalogue knows it}
     *
     * @param code a Win32 or RAS error code
     */
    public static Optional<RasError> forCode(int code) {
        return Optional.ofNullable(BY_CODE.get(code));
    }

    /**
     * {@return the symbolic name of a code, or {@code UNKNOWN_ERROR_<code>} when the catalogue lacks it}
     *
     * @param code a Win32 or RAS error code
     */
    public static String nameOf(int code) {
        return forCode(code).map(RasError::name).orElse("UNKNOWN_ERROR_" + Integer.toUnsignedString(code));
    }

    /**
     * {@return the message of a code, or a generic one when the catalogue lacks it}
     *
     * @param code a Win32 or RAS error code
     */
    public static String messageOf(int code) {
        return forCode(code).map(RasError::message)
                .orElse("Unknown error " + Integer.toUnsignedString(code) + ".");
    }
}

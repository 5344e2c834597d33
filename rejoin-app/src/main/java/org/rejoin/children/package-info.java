/**
 * Children: the register of every child the LA knows about, on a roll or off it. Identity
 * (legal and preferred names, former names, date of birth, sex, UPN and former UPNs, ULN),
 * addresses over time, carers with parental responsibility, and characteristics over time
 * (pupil groups, SEN, looked after, CP plan, child in need, young carer, EAL).
 * <p>Who may see a child is decided here: LA staff see every child; school, provider and agency
 * users see only children connected to their organisation through {@link org.rejoin.children.ChildConnections},
 * which other modules feed (a registration at a school). Every read and change is audited.
 * Other modules add sections to a child's page through {@link org.rejoin.children.ChildRecordSection}.
 * <p>Publishes no events yet and listens to none.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Children")
package org.rejoin.children;

package org.rejoin.organisations.web;

/** A new agency as typed by an administrator. */
public class AgencyForm {

    private String name;
    private String agencyType;
    private String laCode;
    private String email;
    private String telephone;

    public String getName() { return name; }
    public void setName(String v) { this.name = v; }
    public String getAgencyType() { return agencyType; }
    public void setAgencyType(String v) { this.agencyType = v; }
    public String getLaCode() { return laCode; }
    public void setLaCode(String v) { this.laCode = v; }
    public String getEmail() { return email; }
    public void setEmail(String v) { this.email = v; }
    public String getTelephone() { return telephone; }
    public void setTelephone(String v) { this.telephone = v; }
}
